package org.credstack.issuance.credential.notice;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.List;
import org.credstack.issuance.credential.projection.CredentialRecord;
import org.credstack.issuance.credential.recipient.RecipientRecord;
import org.credstack.issuance.issuer.projection.IssuerRecord;
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
    private static final ObjectMapper JSON = new ObjectMapper();

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

    /** @return {claimed, sent} */
    @SuppressWarnings("unchecked")
    private int[] sendBatch() {
        Instant now = clock.instant();
        List<Object[]> due = em.createNativeQuery("SELECT credential_id, issuer_id, recipient_ref, attempts "
                        + "FROM credential_notice WHERE due_at <= ?1 ORDER BY due_at LIMIT ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, now).setParameter(2, batchSize).getResultList();
        int sent = 0;
        for (Object[] row : due) {
            String credentialId = (String) row[0];
            try {
                if (send(credentialId, (String) row[1], (String) row[2])) {
                    sent++;
                }
                delete(credentialId);
            } catch (RuntimeException e) {
                postpone(credentialId, ((Number) row[3]).intValue() + 1, now, e);
            }
        }
        return new int[] {due.size(), sent};
    }

    private boolean send(String credentialId, String issuerId, String recipientRef) {
        RecipientRecord recipient = RecipientRecord.findById(new RecipientRecord.Key(recipientRef, issuerId));
        CredentialRecord credential = CredentialRecord.findById(credentialId);
        IssuerRecord issuer = IssuerRecord.findById(issuerId);
        if (recipient == null || credential == null || issuer == null) {
            return false; // erased meanwhile: nobody to tell
        }
        String achievement = achievementName(credential);
        String greeting = recipient.displayName == null ? "Hello," : "Hello " + recipient.displayName + ",";
        mailer.send(Mail.withText(recipient.email, issuer.name + " issued you a credential: " + achievement,
                greeting + "\n\n" + issuer.name + " has issued you the credential \"" + achievement + "\".\n\n"
                        + "Sign in to your credstack wallet with this e-mail address to see it, share it and "
                        + "download it:\n" + walletSignInUrl + "\n\nCredential id: " + credentialId + "\n"));
        return true;
    }

    private static String achievementName(CredentialRecord credential) {
        try {
            return JSON.readTree(credential.signedJson).path("name").asText(credential.achievementId);
        } catch (Exception e) {
            return credential.achievementId;
        }
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
