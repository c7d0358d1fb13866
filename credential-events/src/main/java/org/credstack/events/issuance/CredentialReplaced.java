package org.credstack.events.issuance;

import java.util.Objects;
import org.credstack.events.ContractEvent;
import org.credstack.events.RecipientRef;

/**
 * A credential was re-issued as {@code replacedBy} (for example to correct it) and is revoked in its status list.
 * Aggregate: the credential ({@code credentialId}).
 */
public record CredentialReplaced(String credentialId, String issuerId, String recipientRef, String replacedBy,
        String reason)
        implements ContractEvent {

    public CredentialReplaced {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(issuerId, "issuerId");
        RecipientRef.requireValid(recipientRef);
        Objects.requireNonNull(replacedBy, "replacedBy");
    }

    @Override
    public String aggregateId() {
        return credentialId;
    }
}
