package org.credstack.wallet.account;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.axonframework.eventhandling.EventHandler;
import org.credstack.events.learner.LearnerErased;
import org.credstack.events.wallet.ConsentGranted;
import org.credstack.events.wallet.ConsentRevoked;

/**
 * Keeps the consent table in step with the wallet aggregate, in the command's transaction (read-your-writes); an
 * erased wallet's consents, share links and imported credentials go with it.
 */
@Singleton
public class WalletView {

    @Inject
    EntityManager em;

    @EventHandler
    void on(ConsentGranted event, @org.axonframework.eventhandling.Timestamp Instant at) {
        em.createNativeQuery("INSERT INTO wallet_consent (consent_id, wallet_id, grantee_tenant, credential_ids,"
                        + " purpose, expires_at, granted_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, event.consentId()).setParameter(2, event.walletId())
                .setParameter(3, event.granteeTenant()).setParameter(4, event.credentialIds().toArray(new String[0]))
                .setParameter(5, event.purpose()).setParameter(6, event.expiresAt()).setParameter(7, at)
                .executeUpdate();
    }

    @EventHandler
    void on(ConsentRevoked event, @org.axonframework.eventhandling.Timestamp Instant at) {
        em.createNativeQuery("UPDATE wallet_consent SET revoked_at = ?1 WHERE consent_id = ?2")
                .setParameter(1, at).setParameter(2, event.consentId()).executeUpdate();
    }

    @EventHandler
    void on(LearnerErased event) {
        for (String table : new String[] {"wallet_consent", "wallet_share", "wallet_import"}) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE wallet_id = ?1").setParameter(1, event.learnerId())
                    .executeUpdate();
        }
    }
}
