package org.credstack.issuance.credential.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** POST /v1/credentials/{id}/replace: what the corrected re-issue changes; everything left out stays as it was. */
public record ReplaceCredentialRequest(
        @Schema(description = "Why the credential is amended", example = "Learner's name corrected")
        @NotBlank @Size(max = 2000) String reason,
        @Schema(description = "The learner, when it changes (a corrected address or name); else the recipient "
                + "of the replaced credential") @Valid IssueCredentialRequest.RecipientFields recipient,
        @Schema(description = "The achievement version to re-issue from; the current published one when left out")
        @Positive Integer achievementVersion,
        @Schema(description = "Start of validity; the replaced credential's when left out") Instant validFrom,
        @Schema(description = "End of validity; the replaced credential's when left out") Instant validUntil) {
}
