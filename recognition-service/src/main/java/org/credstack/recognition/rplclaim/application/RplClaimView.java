package org.credstack.recognition.rplclaim.application;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.util.List;
import org.axonframework.eventhandling.EventHandler;
import org.credstack.platform.persistence.NativeRows;
import org.credstack.recognition.rplclaim.domain.RplAssessorAssigned;
import org.credstack.recognition.rplclaim.domain.RplClaimErased;
import org.credstack.recognition.rplclaim.domain.RplClaimEvent;
import org.credstack.recognition.rplclaim.domain.RplClaimState;
import org.credstack.recognition.rplclaim.domain.RplClaimSubmitted;

/**
 * Keeps {@code rpl_claim} in step with the claims, in the command's transaction (a subscribing processor, D6), so
 * that a claim is listed and its access checked right after the command. On erasure it also deletes the claim's
 * texts and files: whatever erases a claim, they go in the same transaction.
 */
@Singleton
public class RplClaimView {

    @Inject
    EntityManager em;
    @Inject
    RplTexts texts;

    @EventHandler
    void on(RplClaimEvent event) {
        if (event instanceof RplClaimSubmitted submitted) {
            insert(submitted);
            return;
        }
        List<String> current = NativeRows.column(em, "SELECT state FROM rpl_claim WHERE claim_id = ?1 FOR UPDATE",
                event.claimId());
        // The aggregate accepted the step, so the table's state allows it too; the table moves by the same rules.
        RplClaimState next = RplClaimState.valueOf(current.get(0)).require(event.step());
        String assessor = event instanceof RplAssessorAssigned assigned ? assigned.assessorSubject() : null;
        NativeRows.update(em, "UPDATE rpl_claim SET state = ?1, updated_at = ?2,"
                        + " assessor_subject = COALESCE(?3, assessor_subject) WHERE claim_id = ?4", next.name(),
                Timestamp.from(event.at()), assessor, event.claimId());
        if (event instanceof RplClaimErased) {
            texts.erase(event.claimId());
        }
    }

    private void insert(RplClaimSubmitted event) {
        NativeRows.update(em, "INSERT INTO rpl_claim (claim_id, issuer_id, learner_id, claimant_subject,"
                        + " recipient_refs, qualification_id, achievement_id, credits_claimed, state, submitted_at,"
                        + " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", event.claimId(),
                event.issuerId(), event.learnerId(), event.actor(), event.recipientRefs().toArray(new String[0]),
                event.qualificationId(), event.achievementId(), event.creditsClaimed(),
                RplClaimState.SUBMITTED.name(), Timestamp.from(event.at()), Timestamp.from(event.at()));
    }
}
