package org.credstack.recognition.rplclaim.domain;

import java.time.Instant;
import java.util.List;

/** The assigned assessor ({@code actor}) recorded verdicts on claimed outcomes, in the first round or on appeal. */
public record RplOutcomeAssessed(String claimId, String actor, Instant at, List<OutcomeAssessment> assessments,
                                 boolean appeal) implements RplClaimEvent {

    public RplOutcomeAssessed {
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
    }

    @Override
    public RplStep step() {
        return RplStep.ASSESS;
    }
}
