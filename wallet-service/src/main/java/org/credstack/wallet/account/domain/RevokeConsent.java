package org.credstack.wallet.account.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws a consent. */
public record RevokeConsent(@TargetAggregateIdentifier String walletId, String consentId) {
}
