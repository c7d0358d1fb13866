package org.credstack.issuance.credential.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Suspend a credential until it is reinstated; only where its achievement allowed suspension. */
public record SuspendCredential(@TargetAggregateIdentifier String credentialId, String reason,
                                @TargetAggregateVersion Long expectedVersion) {
}
