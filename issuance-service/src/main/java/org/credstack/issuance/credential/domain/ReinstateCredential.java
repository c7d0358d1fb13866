package org.credstack.issuance.credential.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Make a suspended credential valid again. */
public record ReinstateCredential(@TargetAggregateIdentifier String credentialId,
                                  @TargetAggregateVersion Long expectedVersion) {
}
