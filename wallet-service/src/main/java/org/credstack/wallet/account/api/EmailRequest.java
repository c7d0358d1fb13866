package org.credstack.wallet.account.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An address to link to the caller's wallet")
public record EmailRequest(
        @Schema(example = "ada.lovelace@alumni.example") @NotBlank @Email @Size(max = 320) String email) {
}
