package org.credstack.events.issuance;

import java.time.Instant;
import java.util.Objects;
import org.credstack.events.ContractEvent;
import org.credstack.events.RecipientRef;

/**
 * A credential reached its {@code validUntil}; published by the issuance service's persistent schedule.
 * Aggregate: the credential ({@code credentialId}).
 */
public record CredentialExpired(String credentialId, String issuerId, String recipientRef, Instant expiredAt)
        implements ContractEvent {

    public CredentialExpired {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(issuerId, "issuerId");
        RecipientRef.requireValid(recipientRef);
        Objects.requireNonNull(expiredAt, "expiredAt");
    }

    @Override
    public String aggregateId() {
        return credentialId;
    }
}
