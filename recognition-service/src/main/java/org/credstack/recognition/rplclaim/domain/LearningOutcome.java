package org.credstack.recognition.rplclaim.domain;

import java.util.Objects;

/** A learning outcome of the qualification or achievement claimed, as the institution states it. */
public record LearningOutcome(String outcomeId, String statement) {

    public LearningOutcome {
        Objects.requireNonNull(outcomeId, "outcomeId");
        Objects.requireNonNull(statement, "statement");
    }
}
