package org.credstack.wallet.share.domain;

import java.time.Instant;
import java.util.List;

/** A share link was made. Internal to the wallet's event store; the token is never in it, only its hash. */
public record ShareCreated(String shareId, String walletId, String tokenHash, List<String> credentialIds,
                           Instant expiresAt, Integer maxViews) {
}
