package org.credstack.events.wallet;

import java.util.Objects;
import org.credstack.events.ContractEvent;
import org.credstack.events.RecipientRef;

/**
 * A verified e-mail address, as its recipientRef, now belongs to this wallet: recognition counts the credentials issued to it toward the wallet's learner.
 * Aggregate: the wallet ({@code walletId}).
 */
public record RecipientLinked(String walletId, String recipientRef) implements ContractEvent {

    public RecipientLinked {
        Objects.requireNonNull(walletId, "walletId");
        RecipientRef.requireValid(recipientRef);
    }

    @Override
    public String aggregateId() {
        return walletId;
    }
}
