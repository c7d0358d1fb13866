package org.credstack.wallet.account.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens a learner's wallet with the address they signed in with. */
public record OpenWallet(@TargetAggregateIdentifier String walletId, String recipientRef) {
}
