package org.credstack.events.issuance;

import java.util.Objects;
import org.credstack.events.ContractEvent;

/**
 * An issuer signs with a new key from now on. The retired key stays in the DID document's {@code assertionMethod},
 * so that credentials it signed still verify. Aggregate: the issuer ({@code issuerId}).
 *
 * @param retiredKeyId the DID URL of the key no longer used for signing
 */
public record IssuerKeyRotated(String issuerId, IssuerKey newKey, String retiredKeyId) implements ContractEvent {

    public IssuerKeyRotated {
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(newKey, "newKey");
        Objects.requireNonNull(retiredKeyId, "retiredKeyId");
    }

    @Override
    public String aggregateId() {
        return issuerId;
    }
}
