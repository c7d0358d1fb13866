package org.credstack.issuance.credential.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** POST /v1/credentials. */
public record IssueCredentialRequest(
        @Schema(description = "The achievement to issue") @NotBlank @Size(max = 64) String achievementId,
        @Schema(description = "The version; the current published one when left out") @Positive
        Integer achievementVersion,
        @Schema(description = "The learner") @Valid @NotNull RecipientFields recipient,
        @Schema(description = "Start of validity; now when left out") Instant validFrom,
        @Schema(description = "End of validity; the achievement's validity period after validFrom when left out")
        Instant validUntil) {

    /** The learner, kept only in issuance's recipient table: the credential holds a salted hash of the address. */
    public record RecipientFields(
            @NotBlank @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be an e-mail address")
            @Size(max = 320) String email,
            @Schema(description = "The institution's own learner number") @Size(max = 256) String learnerId,
            @Size(max = 512) String displayName) {
    }
}
