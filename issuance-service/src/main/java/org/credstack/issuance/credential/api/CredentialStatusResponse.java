package org.credstack.issuance.credential.api;

import java.time.Instant;
import org.credstack.issuance.credential.projection.CredentialRecord;
import org.credstack.issuance.credential.projection.CredentialStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where a credential stands after a revocation, suspension or reinstatement")
public record CredentialStatusResponse(
        @Schema(example = "9b2f4c1e-7a3d-4f0b-8e6a-1c5d2e3f4a5b") String id,
        @Schema(example = "REVOKED") CredentialStatus status,
        @Schema(description = "Why it was revoked or suspended; absent while active") String reason,
        @Schema(description = "When it was last revoked, suspended or reinstated") Instant changedAt) {

    static CredentialStatusResponse of(CredentialRecord record) {
        return new CredentialStatusResponse(record.credentialId, record.status, record.statusReason,
                record.statusChangedAt);
    }
}
