package org.credstack.wallet.account.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Unlinks an address: its credentials leave the wallet. */
public record UnlinkRecipient(@TargetAggregateIdentifier String walletId, String recipientRef) {
}
