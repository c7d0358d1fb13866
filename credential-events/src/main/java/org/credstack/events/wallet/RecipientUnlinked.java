package org.credstack.events.wallet;

import java.util.Objects;
import org.credstack.events.ContractEvent;
import org.credstack.events.RecipientRef;

/**
 * A recipientRef no longer belongs to this wallet; from now on it is a learner of its own again.
 * Aggregate: the wallet ({@code walletId}).
 */
public record RecipientUnlinked(String walletId, String recipientRef) implements ContractEvent {

    public RecipientUnlinked {
        Objects.requireNonNull(walletId, "walletId");
        RecipientRef.requireValid(recipientRef);
    }

    @Override
    public String aggregateId() {
        return walletId;
    }
}
