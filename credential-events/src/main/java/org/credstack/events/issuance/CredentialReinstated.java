package org.credstack.events.issuance;

import java.util.Objects;
import org.credstack.events.ContractEvent;
import org.credstack.events.RecipientRef;

/**
 * A suspended credential is valid again; its suspension bit is cleared.
 * Aggregate: the credential ({@code credentialId}).
 */
public record CredentialReinstated(String credentialId, String issuerId, String recipientRef)
        implements ContractEvent {

    public CredentialReinstated {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(issuerId, "issuerId");
        RecipientRef.requireValid(recipientRef);
    }

    @Override
    public String aggregateId() {
        return credentialId;
    }
}
