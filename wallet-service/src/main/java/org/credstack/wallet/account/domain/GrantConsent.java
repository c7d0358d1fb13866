package org.credstack.wallet.account.domain;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Lets an institution count chosen credentials of the wallet, for a purpose, until an optional expiry. */
public record GrantConsent(@TargetAggregateIdentifier String walletId, String consentId, String granteeTenant,
                           List<String> credentialIds, String purpose, Instant expiresAt) {
}
