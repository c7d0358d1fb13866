package org.credstack.recognition.rplclaim.domain;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The claimant appeals the decision, once, within {@code appealWindow} of it (from configuration). The reason is
 * the learner's own words: the event keeps its SHA-256, the application keeps the text.
 */
public record AppealRplDecision(@TargetAggregateIdentifier String claimId, String claimantSubject, String reason,
                                Instant appealedAt, Duration appealWindow) {
}
