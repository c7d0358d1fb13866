package org.credstack.recognition.rplclaim.domain;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The assigned assessor records verdicts on some or all of the claimed outcomes; a later verdict on the same
 * outcome replaces the earlier one until the decision.
 */
public record RecordAssessment(@TargetAggregateIdentifier String claimId, String assessorSubject,
                               List<OutcomeAssessment> assessments, Instant assessedAt) {

    public RecordAssessment {
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
    }
}
