package org.credstack.recognition.equivalence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.credstack.platform.persistence.NativeRows;
import org.credstack.recognition.catalog.Revisions;
import org.credstack.recognition.equivalence.application.Equivalences;
import org.credstack.recognition.equivalence.domain.EquivalenceRecorded;
import org.credstack.recognition.equivalence.domain.EquivalenceWithdrawn;

/** Keeps {@code credit_equivalence} in step with the aggregates, in the command's transaction. */
@Singleton
public class EquivalenceView {

    @Inject
    EntityManager em;
    @Inject
    Revisions revisions;

    @EventHandler
    void on(EquivalenceRecorded event, @Timestamp Instant at, @SequenceNumber long sequence) {
        NativeRows.update(em, "INSERT INTO credit_equivalence (equivalence_id, issuer_id, external_issuer_id,"
                        + " external_achievement_id, counts_as, credits, exceeds_internal_credits, aggregate_version,"
                        + " created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", event.equivalenceId(),
                event.issuerId(), event.externalIssuerId(), event.externalAchievementId(), event.countsAs(),
                event.credits(), event.exceedsInternalCredits(), sequence, at);
        revisions.bump(Equivalences.REVISION);
    }

    @EventHandler
    void on(EquivalenceWithdrawn event, @Timestamp Instant at, @SequenceNumber long sequence) {
        NativeRows.update(em, "UPDATE credit_equivalence SET withdrawn_at = ?2, aggregate_version = ?3"
                + " WHERE equivalence_id = ?1", event.equivalenceId(), at, sequence);
        revisions.bump(Equivalences.REVISION);
    }
}
