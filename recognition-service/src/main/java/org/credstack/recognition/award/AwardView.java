package org.credstack.recognition.award;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.credstack.events.recognition.AwardRequested;
import org.credstack.events.recognition.AwardWithdrawalRequested;
import org.credstack.recognition.award.domain.AwardFlaggedAtRisk;
import org.credstack.recognition.award.domain.AwardIssued;
import org.credstack.recognition.award.domain.AwardKept;
import org.credstack.recognition.award.domain.AwardOpened;
import org.credstack.recognition.award.domain.AwardState;

/** Keeps the award table in step with the award aggregates, in the command's transaction. */
@Singleton
public class AwardView {

    @Inject
    EntityManager em;

    @EventHandler
    void on(AwardOpened e, @Timestamp Instant at) {
        AwardRequested r = e.request();
        em.createNativeQuery("INSERT INTO award (award_id, qualification_id, qualification_version, issuer_id,"
                        + " target_achievement_id, learner_id, recipient_refs, counted_credential_ids, credits, policy,"
                        + " state, opened_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)"
                        + " ON CONFLICT (award_id) DO NOTHING")
                .setParameter(1, e.awardId()).setParameter(2, r.qualificationId())
                .setParameter(3, r.qualificationVersion()).setParameter(4, e.issuerId())
                .setParameter(5, r.targetAchievementId()).setParameter(6, r.learnerId())
                .setParameter(7, r.recipientRefs().toArray(new String[0]))
                .setParameter(8, r.countedCredentialIds().toArray(new String[0])).setParameter(9, r.credits())
                .setParameter(10, e.policy().name()).setParameter(11, AwardState.AWAITING_CONFIRMATION.name())
                .setParameter(12, at).executeUpdate();
    }

    @EventHandler
    void on(AwardRequested e, @Timestamp Instant at) {
        state(e.awardId(), AwardState.REQUESTED, at);
    }

    @EventHandler
    void on(AwardIssued e, @Timestamp Instant at) {
        em.createNativeQuery("UPDATE award SET credential_id = ?1, state = CASE WHEN state = 'AT_RISK' THEN state"
                        + " ELSE 'ISSUED' END, state_before_risk = CASE WHEN state = 'AT_RISK' THEN 'ISSUED'"
                        + " ELSE state_before_risk END, updated_at = ?2 WHERE award_id = ?3")
                .setParameter(1, e.credentialId()).setParameter(2, at).setParameter(3, e.awardId()).executeUpdate();
    }

    @EventHandler
    void on(AwardFlaggedAtRisk e, @Timestamp Instant at) {
        em.createNativeQuery("UPDATE award SET state_before_risk = CASE WHEN state = 'AT_RISK'"
                        + " THEN state_before_risk ELSE state END, state = 'AT_RISK', risk_credential_id = ?1,"
                        + " risk_status = ?2,"
                        + " flagged_credential_ids = array_append(flagged_credential_ids, CAST(?1 AS varchar)),"
                        + " updated_at = ?3 WHERE award_id = ?4")
                .setParameter(1, e.credentialId()).setParameter(2, e.status()).setParameter(3, at)
                .setParameter(4, e.awardId()).executeUpdate();
    }

    @EventHandler
    void on(AwardKept e, @Timestamp Instant at) {
        em.createNativeQuery("UPDATE award SET state = coalesce(state_before_risk, CASE WHEN credential_id IS NULL"
                        + " THEN 'REQUESTED' ELSE 'ISSUED' END), decision_reason = ?1, updated_at = ?2"
                        + " WHERE award_id = ?3")
                .setParameter(1, e.reason()).setParameter(2, at).setParameter(3, e.awardId()).executeUpdate();
    }

    @EventHandler
    void on(AwardWithdrawalRequested e, @Timestamp Instant at) {
        em.createNativeQuery("UPDATE award SET state = 'WITHDRAWN', decision_reason = ?1, updated_at = ?2"
                        + " WHERE award_id = ?3")
                .setParameter(1, e.reason()).setParameter(2, at).setParameter(3, e.awardId()).executeUpdate();
    }

    private void state(String awardId, AwardState state, Instant at) {
        em.createNativeQuery("UPDATE award SET state = ?1, updated_at = ?2 WHERE award_id = ?3")
                .setParameter(1, state.name()).setParameter(2, at).setParameter(3, awardId).executeUpdate();
    }
}
