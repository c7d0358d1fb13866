package org.credstack.events.issuance;

import java.time.Instant;
import java.util.Objects;
import org.credstack.events.ContractEvent;
import org.credstack.events.RecipientRef;

/**
 * The issuer revoked a credential for good; its revocation bit in the status list is set.
 * Aggregate: the credential ({@code credentialId}).
 */
public record CredentialRevoked(String credentialId, String issuerId, String recipientRef, String reason,
        Instant revokedAt)
        implements ContractEvent {

    public CredentialRevoked {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(issuerId, "issuerId");
        RecipientRef.requireValid(recipientRef);
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    @Override
    public String aggregateId() {
        return credentialId;
    }
}
