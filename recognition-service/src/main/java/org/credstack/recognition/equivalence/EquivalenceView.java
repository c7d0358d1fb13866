package org.credstack.recognition.equivalence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.credstack.platform.persistence.NativeRows;
import org.credstack.recognition.catalog.Revisions;
import org.credstack.recognition.equivalence.application.Equivalences;
import org.credstack.recognition.equivalence.domain.EquivalenceRecorded;
import org.credstack.recognition.equivalence.domain.EquivalenceWithdrawn;
import org.credstack.recognition.learner.LearnerCredentialProjection;
import org.credstack.recognition.learner.ProgressQueue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Keeps {@code credit_equivalence} in step with the aggregates, in the command's transaction, and queues the learners
 * a rule changes: those holding a credential of its external achievement are evaluated again (everything, as for a
 * link), so that recording a rule counts credentials already earned and withdrawing it stops counting them, without
 * waiting for another event of theirs.
 */
@Singleton
public class EquivalenceView {

    @Inject
    EntityManager em;
    @Inject
    Revisions revisions;
    /** How stale another replica's copy of the rules may be (D37); the holders are queued for after it. */
    @ConfigProperty(name = "credstack.recognition.cache.recheck-interval", defaultValue = "PT1S")
    Duration recheckInterval;

    @EventHandler
    void on(EquivalenceRecorded event, @Timestamp Instant at, @SequenceNumber long sequence) {
        NativeRows.update(em, "INSERT INTO credit_equivalence (equivalence_id, issuer_id, external_issuer_id,"
                        + " external_achievement_id, counts_as, credits, exceeds_internal_credits, aggregate_version,"
                        + " created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", event.equivalenceId(),
                event.issuerId(), event.externalIssuerId(), event.externalAchievementId(), event.countsAs(),
                event.credits(), event.exceedsInternalCredits(), sequence, at);
        revisions.bump(Equivalences.REVISION);
        queueHolders(event.externalAchievementId(), at);
    }

    @EventHandler
    void on(EquivalenceWithdrawn event, @Timestamp Instant at, @SequenceNumber long sequence) {
        NativeRows.update(em, "UPDATE credit_equivalence SET withdrawn_at = ?2, aggregate_version = ?3"
                + " WHERE equivalence_id = ?1", event.equivalenceId(), at, sequence);
        revisions.bump(Equivalences.REVISION);
        NativeRows.<String>column(em, "SELECT external_achievement_id FROM credit_equivalence"
                + " WHERE equivalence_id = ?1", event.equivalenceId()).forEach(external -> queueHolders(external, at));
    }

    /**
     * Queues every holder of {@code externalAchievementId} for everything, through the queue the credential events
     * use ({@link ProgressQueue}: a learner already queued is queued again with everything, D39). They are due twice
     * the cache's recheck interval later: a worker of another replica may hold a copy of the rules that old (D37),
     * and would evaluate them without this change.
     */
    private void queueHolders(String externalAchievementId, Instant at) {
        Instant due = at.plus(recheckInterval.multipliedBy(2));
        ProgressQueue holders = new ProgressQueue();
        holders.everything(NativeRows.<String>column(em, "SELECT DISTINCT recipient_ref FROM "
                + LearnerCredentialProjection.CREDENTIALS + " WHERE achievement_id = ?1", externalAchievementId));
        em.unwrap(Session.class).doWork(c -> holders.queue(c, LearnerCredentialProjection.PENDING, due));
    }
}
