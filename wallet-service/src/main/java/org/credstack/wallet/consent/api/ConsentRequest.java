package org.credstack.wallet.consent.api;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Which credentials an institution may count, and why")
public record ConsentRequest(
        @Schema(description = "The institution's issuer id", example = "0c4d2e8a-1b3c-4d5e-8f90-a1b2c3d4e5f6")
        @NotBlank @Size(max = 64) String institution,
        @Schema(description = "Credentials of this wallet") @NotEmpty @Size(max = 500)
        List<@NotBlank @Size(max = 64) String> credentialIds,
        @Schema(description = "qualification:<qualificationId> or rpl:<claimId>; none for any purpose of the "
                + "institution", example = "qualification:msc-data-science")
        @Pattern(regexp = "(qualification|rpl):[A-Za-z0-9._:-]{1,100}",
                message = "must be qualification:<id> or rpl:<claimId>") String purpose,
        @Schema(description = "When the consent lapses; none means until withdrawn") @Future Instant expiresAt) {
}
