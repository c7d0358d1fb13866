package org.credstack.issuance.credential.notice;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
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
import java.util.ArrayList;
import java.util.List;
import org.credstack.platform.schedule.PeriodicTask;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Tells learners by e-mail that a credential was issued to them, with a link to the wallet's sign-in page. The
 * notices are an outbox (table credential_notice, a row written with each CredentialIssued), drained by every
 * replica with FOR UPDATE SKIP LOCKED: a notice survives restarts, is sent once in the normal case, and a failed
 * send is retried with back-off. The address is read from the recipient table when sending, so an erased learner
 * gets nothing. The local stack's mailer is in mock mode: it prints the mails instead of sending them.
 */
@ApplicationScoped
public class CredentialNotices {

    private static final Logger LOG = Logger.getLogger(CredentialNotices.class);

    @Inject
    EntityManager em;
    @Inject
    Mailer mailer;
    @ConfigProperty(name = "credstack.notices.enabled", defaultValue = "true")
    boolean enabled;
    @ConfigProperty(name = "credstack.notices.interval", defaultValue = "PT2S")
    Duration interval;
    @ConfigProperty(name = "credstack.notices.batch-size", defaultValue = "50")
    int batchSize;
    @ConfigProperty(name = "credstack.notices.max-attempts", defaultValue = "8")
    int maxAttempts;
    @ConfigProperty(name = "credstack.notices.wallet-sign-in-url")
    String walletSignInUrl;

    private final Clock clock = Clock.systemUTC();
    private PeriodicTask task;

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            task = PeriodicTask.start("credential-notices", interval, this::sendDue);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (task != null) {
            task.stop();
        }
    }

    /** Sends every notice due now, batch after batch; returns how many were sent. */
    public int sendDue() {
        int sent = 0;
        while (true) {
            int[] batch = QuarkusTransaction.requiringNew().call(this::sendBatch);
            sent += batch[1];
            if (batch[0] < batchSize) {
                return sent;
            }
        }
    }

    /**
     * One query claims the due notices with their recipients' addresses (absent when erased meanwhile), and no
     * entity is loaded, so the session has nothing to flush before the deletes.
     *
     * @return {claimed, sent}
     */
    @SuppressWarnings("unchecked")
    private int[] sendBatch() {
        Instant now = clock.instant();
        List<Object[]> due = em.createNativeQuery("SELECT n.credential_id, n.attempts, r.email, r.display_name, "
                        + "coalesce(n.issuer_name, n.issuer_id), coalesce(n.achievement_name, 'a credential') "
                        + "FROM credential_notice n LEFT JOIN recipient r ON r.recipient_ref = n.recipient_ref "
                        + "AND r.issuer_id = n.issuer_id WHERE n.due_at <= ?1 ORDER BY n.due_at LIMIT ?2 "
                        + "FOR UPDATE OF n SKIP LOCKED")
                .setParameter(1, now).setParameter(2, batchSize).getResultList();
        List<String> done = new ArrayList<>();
        int sent = 0;
        for (Object[] row : due) {
            String credentialId = (String) row[0];
            try {
                if (row[2] != null) { // else erased meanwhile: nobody to tell
                    send(credentialId, (String) row[2], (String) row[3], (String) row[4], (String) row[5]);
                    sent++;
                }
                done.add(credentialId);
            } catch (RuntimeException e) {
                postpone(credentialId, ((Number) row[1]).intValue() + 1, now, e);
            }
        }
        if (!done.isEmpty()) {
            em.createNativeQuery("DELETE FROM credential_notice WHERE credential_id = ANY (?1)")
                    .setParameter(1, done.toArray(String[]::new)).executeUpdate();
        }
        return new int[] {due.size(), sent};
    }

    private void send(String credentialId, String email, String displayName, String issuerName,
                      String achievement) {
        String greeting = displayName == null ? "Hello," : "Hello " + displayName + ",";
        mailer.send(Mail.withText(email, issuerName + " issued you a credential: " + achievement,
                greeting + "\n\n" + issuerName + " has issued you the credential \"" + achievement + "\".\n\n"
                        + "Sign in to your credstack wallet with this e-mail address to see it, share it and "
                        + "download it:\n" + walletSignInUrl + "\n\nCredential id: " + credentialId + "\n"));
    }

    private void delete(String credentialId) {
        em.createNativeQuery("DELETE FROM credential_notice WHERE credential_id = ?1")
                .setParameter(1, credentialId).executeUpdate();
    }

    /** Exponential back-off from the interval; after max-attempts the notice is dropped and the failure logged. */
    private void postpone(String credentialId, int attempts, Instant now, RuntimeException cause) {
        if (attempts >= maxAttempts) {
            LOG.errorf(cause, "Giving up the notice of credential %s after %d attempts", credentialId, attempts);
            delete(credentialId);
            return;
        }
        Duration wait = interval.multipliedBy(1L << Math.min(attempts, 12));
        LOG.warnf("Notice of credential %s failed (attempt %d), next try in %s: %s", credentialId, attempts, wait,
                cause.getMessage());
        em.createNativeQuery("UPDATE credential_notice SET attempts = ?1, due_at = ?2 WHERE credential_id = ?3")
                .setParameter(1, attempts).setParameter(2, now.plus(wait)).setParameter(3, credentialId)
                .executeUpdate();
    }
}
