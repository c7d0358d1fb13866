package org.credstack.wallet.share.domain;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Shares credentials of a wallet through a link whose token only the learner saw (its hash is kept). */
public record CreateShare(@TargetAggregateIdentifier String shareId, String walletId, String tokenHash,
                          List<String> credentialIds, Instant expiresAt, Integer maxViews) {
}
