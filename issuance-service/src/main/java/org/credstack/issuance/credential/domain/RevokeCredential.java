package org.credstack.issuance.credential.domain;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Revoke a credential for good; {@code revokedAt} comes from the application layer's clock. */
public record RevokeCredential(@TargetAggregateIdentifier String credentialId, String reason, Instant revokedAt,
                               @TargetAggregateVersion Long expectedVersion) {
}
