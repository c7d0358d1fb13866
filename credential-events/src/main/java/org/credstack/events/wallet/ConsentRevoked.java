package org.credstack.events.wallet;

import java.util.Objects;
import org.credstack.events.ContractEvent;

/**
 * A learner withdrew a consent; the grantee must stop counting the credentials it covered.
 * Aggregate: the wallet ({@code walletId}), as for {@link ConsentGranted}.
 */
public record ConsentRevoked(String consentId, String walletId, String granteeTenant) implements ContractEvent {

    public ConsentRevoked {
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(walletId, "walletId");
        Objects.requireNonNull(granteeTenant, "granteeTenant");
    }

    @Override
    public String aggregateId() {
        return walletId;
    }
}
