package org.credstack.issuance.credential.api;

import java.time.Instant;
import java.util.List;
import org.credstack.issuance.credential.projection.CredentialRecord;
import org.credstack.issuance.credential.projection.CredentialStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of credentials, newest first; pass nextCursor as cursor for the next page")
public record CredentialPage(List<Summary> items, String nextCursor) {

    @Schema(description = "A credential without its signed body (GET /v1/credentials/{id} has that)")
    public record Summary(String id, String achievementId, int achievementVersion,
                          @Schema(description = "The learner's pseudonym (recipientRef), as in the events")
                          String recipientRef, CredentialStatus status, Instant issuedAt, Instant validFrom,
                          Instant validUntil, String statusReason, Instant statusChangedAt,
                          @Schema(description = "The corrected re-issue, when REPLACED") String replacedBy) {

        static Summary of(CredentialRecord c) {
            return new Summary(c.credentialId, c.achievementId, c.achievementVersion, c.recipientRef, c.status,
                    c.issuedAt, c.validFrom, c.validUntil, c.statusReason, c.statusChangedAt, c.replacedBy);
        }
    }
}
