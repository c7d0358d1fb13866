package org.credstack.issuance.issuer.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An institution to register as an issuer")
public record RegisterIssuerRequest(
        @Schema(example = "demo-university", description = "Optional permanent identifier (the tenant id that tokens "
                + "carry, and part of the issuer's did:web); a random UUID when absent")
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "must be 2-63 lowercase letters, digits or hyphens")
        String id,
        @Schema(example = "Demo University") @NotBlank @Size(max = 512) String name,
        @Schema(example = "https://www.demo-university.example") @NotBlank @Size(max = 2048)
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
        @Schema(example = "registrar@demo-university.example") @NotBlank @Email @Size(max = 320) String email,
        @Schema(example = "NL", description = "ISO 3166-1 alpha-2") @NotBlank
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as NL") String country,
        @Schema(example = "NVAO", description = "Accreditation or quality-assurance body") @Size(max = 512)
        String accreditation) {
}
