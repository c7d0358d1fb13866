package org.credstack.recognition.rplclaim.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A claim was submitted. The narrative is kept as digests and the evidence in its recorded form (see
 * {@link Evidence#recorded()}); {@code actor} is the claimant's token subject.
 */
public record RplClaimSubmitted(String claimId, String actor, Instant at, String issuerId, String learnerId,
        List<String> recipientRefs, String qualificationId, String achievementId, BigDecimal creditsClaimed,
        List<LearningOutcome> outcomes, List<NarrativeDigest> narrative, List<Evidence> evidence)
        implements RplClaimEvent {

    public RplClaimSubmitted {
        recipientRefs = recipientRefs == null ? List.of() : List.copyOf(recipientRefs);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        narrative = narrative == null ? List.of() : List.copyOf(narrative);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    @Override
    public RplStep step() {
        return RplStep.SUBMIT;
    }
}
