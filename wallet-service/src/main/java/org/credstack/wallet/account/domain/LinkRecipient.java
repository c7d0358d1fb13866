package org.credstack.wallet.account.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Links a further address, whose control the learner has proven. */
public record LinkRecipient(@TargetAggregateIdentifier String walletId, String recipientRef) {
}
