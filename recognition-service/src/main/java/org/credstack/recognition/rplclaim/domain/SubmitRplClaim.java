package org.credstack.recognition.rplclaim.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A learner claims credit toward exactly one qualification or achievement of an institution, mapping each learning
 * outcome claimed to their experience in a narrative, with the evidence they have so far (possibly none).
 *
 * @param learnerId       the learner's wallet id (or the recipientRef of a learner without a wallet)
 * @param claimantSubject the learner's token subject: only they may add evidence, resubmit, appeal or withdraw
 * @param recipientRefs   every recipientRef of the learner, carried to the published decision
 * @param policy          the evidence policy in force, from configuration
 */
public record SubmitRplClaim(@TargetAggregateIdentifier String claimId, String issuerId, String learnerId,
        String claimantSubject, List<String> recipientRefs, String qualificationId, String achievementId,
        BigDecimal creditsClaimed, List<LearningOutcome> outcomes, List<NarrativeEntry> narrative,
        List<Evidence> evidence, EvidencePolicy policy, Instant submittedAt) {

    public SubmitRplClaim {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(claimantSubject, "claimantSubject");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(submittedAt, "submittedAt");
        recipientRefs = recipientRefs == null ? List.of() : List.copyOf(recipientRefs);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        narrative = narrative == null ? List.of() : List.copyOf(narrative);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
