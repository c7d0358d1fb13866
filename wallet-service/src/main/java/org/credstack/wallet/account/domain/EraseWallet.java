package org.credstack.wallet.account.domain;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The learner deletes their account: every service purges what it holds for the wallet's addresses. */
public record EraseWallet(@TargetAggregateIdentifier String walletId, Instant erasedAt) {
}
