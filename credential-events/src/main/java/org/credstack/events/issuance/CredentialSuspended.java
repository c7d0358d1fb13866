package org.credstack.events.issuance;

import java.util.Objects;
import org.credstack.events.ContractEvent;
import org.credstack.events.RecipientRef;

/**
 * The issuer suspended a credential (its suspension bit is set) until it is reinstated.
 * Aggregate: the credential ({@code credentialId}).
 */
public record CredentialSuspended(String credentialId, String issuerId, String recipientRef, String reason)
        implements ContractEvent {

    public CredentialSuspended {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(issuerId, "issuerId");
        RecipientRef.requireValid(recipientRef);
    }

    @Override
    public String aggregateId() {
        return credentialId;
    }
}
