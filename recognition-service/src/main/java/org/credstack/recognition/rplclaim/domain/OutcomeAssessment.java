package org.credstack.recognition.rplclaim.domain;

import java.util.Objects;

/**
 * An assessor's verdict on one claimed learning outcome. The comment, like the decision's rationale, is about the
 * evidence, never about the person: it is the institution's record of the assessment and is kept.
 */
public record OutcomeAssessment(String outcomeId, Verdict verdict, String comment) {

    public OutcomeAssessment {
        Objects.requireNonNull(outcomeId, "outcomeId");
        Objects.requireNonNull(verdict, "verdict");
    }
}
