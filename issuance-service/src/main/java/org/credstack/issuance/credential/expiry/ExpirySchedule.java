package org.credstack.issuance.credential.expiry;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.credstack.issuance.credential.domain.ExpireCredential;
import org.credstack.platform.axon.SystemCommands;
import org.credstack.platform.schedule.PeriodicTask;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Expires credentials at their validUntil without anyone calling. The schedule is the credential_expiry table (the
 * credential view adds a row for every credential with a validUntil and removes it when the credential expires or
 * is revoked), so it survives restarts; every replica polls it and claims due rows with FOR UPDATE SKIP LOCKED, so
 * that replicas share the work instead of doing it twice. A claimed row and its CredentialExpired commit together.
 */
@ApplicationScoped
public class ExpirySchedule {

    private static final Logger LOG = Logger.getLogger(ExpirySchedule.class);

    @Inject
    EntityManager em;
    @Inject
    SystemCommands commands;
    @ConfigProperty(name = "credstack.expiry.enabled", defaultValue = "true")
    boolean enabled;
    @ConfigProperty(name = "credstack.expiry.interval", defaultValue = "PT10S")
    Duration interval;
    @ConfigProperty(name = "credstack.expiry.batch-size", defaultValue = "100")
    int batchSize;
    /** A credential whose expiry failed is tried again after this long (and the failure logged). */
    @ConfigProperty(name = "credstack.expiry.retry-after", defaultValue = "PT1M")
    Duration retryAfter;

    private final Clock clock = Clock.systemUTC();
    private PeriodicTask task;

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            task = PeriodicTask.start("credential-expiry", interval, this::run);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (task != null) {
            task.stop();
        }
    }

    private void run() {
        int expired = expireDue();
        if (expired > 0) {
            LOG.infof("Expired %d credential(s) whose validUntil has passed", expired);
        }
    }

    /** Expires every credential due now, batch after batch; returns how many were handled. */
    public int expireDue() {
        int total = 0;
        while (true) {
            Instant now = clock.instant();
            int handled;
            try {
                handled = QuarkusTransaction.requiringNew().call(() -> expireBatch(now, batchSize));
            } catch (RuntimeException batchFailure) {
                // One bad credential must not hold back the others: retry this batch one credential at a time.
                handled = expireOneByOne(now);
            }
            total += handled;
            if (handled < batchSize) {
                return total;
            }
        }
    }

    private int expireBatch(Instant now, int limit) {
        List<Object[]> due = claim(now, limit);
        for (Object[] row : due) {
            expire((String) row[0], (String) row[1], now);
        }
        return due.size();
    }

    /**
     * Without the batch's lock between claiming and expiring: another replica may expire the same credential at
     * the same moment, which the aggregate turns into a no-op.
     */
    private int expireOneByOne(Instant now) {
        List<Object[]> due = QuarkusTransaction.requiringNew().call(() -> claim(now, batchSize));
        for (Object[] row : due) {
            String credentialId = (String) row[0];
            try {
                QuarkusTransaction.requiringNew().run(() -> expire(credentialId, (String) row[1], now));
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not expire credential %s; trying again in %s", credentialId, retryAfter);
                QuarkusTransaction.requiringNew().run(() -> postpone(credentialId, now.plus(retryAfter)));
            }
        }
        return due.size();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> claim(Instant now, int limit) {
        return em.createNativeQuery("SELECT credential_id, issuer_id FROM credential_expiry WHERE due_at <= ?1 "
                        + "ORDER BY due_at LIMIT ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, now).setParameter(2, limit).getResultList();
    }

    private void expire(String credentialId, String issuerId, Instant now) {
        commands.send(issuerId, new ExpireCredential(credentialId, now));
        // The view removes the row on CredentialExpired; a credential with nothing to expire leaves it behind.
        em.createNativeQuery("DELETE FROM credential_expiry WHERE credential_id = ?1")
                .setParameter(1, credentialId).executeUpdate();
    }

    private void postpone(String credentialId, Instant dueAt) {
        em.createNativeQuery("UPDATE credential_expiry SET due_at = ?1, attempts = attempts + 1 "
                        + "WHERE credential_id = ?2")
                .setParameter(1, dueAt).setParameter(2, credentialId).executeUpdate();
    }
}
