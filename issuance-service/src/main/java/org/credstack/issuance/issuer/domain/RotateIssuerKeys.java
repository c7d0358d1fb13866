package org.credstack.issuance.issuer.domain;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.credstack.events.issuance.IssuerKey;

/** The issuer signs with these new public keys from now on; each retires the active key of its kind. */
public record RotateIssuerKeys(@TargetAggregateIdentifier String issuerId, List<IssuerKey> newKeys) {

    public RotateIssuerKeys {
        newKeys = newKeys == null ? List.of() : List.copyOf(newKeys);
    }
}
