package org.credstack.wallet.account.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The code that was e-mailed to the address")
public record EmailVerification(
        @Schema(example = "ada.lovelace@alumni.example") @NotBlank @Email @Size(max = 320) String email,
        @Schema(example = "042917") @NotBlank @Pattern(regexp = "[0-9]{6}", message = "must be six digits")
        String code) {
}
