package org.credstack.wallet.account.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the learner imported a credential issued elsewhere, with the outcome of its verification. */
public record RecordImport(@TargetAggregateIdentifier String walletId, String importId, String outcome) {
}
