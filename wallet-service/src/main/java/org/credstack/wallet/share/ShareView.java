package org.credstack.wallet.share;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.credstack.wallet.share.domain.ShareCreated;
import org.credstack.wallet.share.domain.ShareRevoked;

/** Keeps the share table in step with the share aggregates, in the command's transaction. */
@Singleton
public class ShareView {

    @Inject
    EntityManager em;

    @EventHandler
    void on(ShareCreated event, @Timestamp Instant at) {
        em.createNativeQuery("INSERT INTO wallet_share (share_id, wallet_id, token_hash, credential_ids, expires_at,"
                        + " max_views, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, event.shareId()).setParameter(2, event.walletId()).setParameter(3, event.tokenHash())
                .setParameter(4, event.credentialIds().toArray(new String[0])).setParameter(5, event.expiresAt())
                .setParameter(6, event.maxViews()).setParameter(7, at).executeUpdate();
    }

    @EventHandler
    void on(ShareRevoked event, @Timestamp Instant at) {
        em.createNativeQuery("UPDATE wallet_share SET revoked_at = ?1 WHERE share_id = ?2")
                .setParameter(1, at).setParameter(2, event.shareId()).executeUpdate();
    }
}
