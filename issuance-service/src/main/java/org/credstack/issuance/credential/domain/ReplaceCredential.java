package org.credstack.issuance.credential.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Mark a credential as replaced by its corrected re-issue {@code replacedBy}; final, like a revocation. */
public record ReplaceCredential(@TargetAggregateIdentifier String credentialId, String replacedBy, String reason,
                                @TargetAggregateVersion Long expectedVersion) {
}
