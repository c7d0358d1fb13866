package org.credstack.issuance.credential.domain;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the expiry schedule when a credential's validUntil has passed; {@code now} is the schedule's clock. */
public record ExpireCredential(@TargetAggregateIdentifier String credentialId, Instant now) {
}
