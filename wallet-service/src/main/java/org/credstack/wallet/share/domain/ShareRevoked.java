package org.credstack.wallet.share.domain;

/** A share link was ended by its learner. Internal to the wallet's event store. */
public record ShareRevoked(String shareId, String walletId) {
}
