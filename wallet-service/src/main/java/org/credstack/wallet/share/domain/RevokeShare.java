package org.credstack.wallet.share.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends a share link at once; only the wallet that made it can. */
public record RevokeShare(@TargetAggregateIdentifier String shareId, String walletId) {
}
