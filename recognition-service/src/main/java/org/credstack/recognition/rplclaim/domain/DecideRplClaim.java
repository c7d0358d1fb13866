package org.credstack.recognition.rplclaim.domain;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.credstack.events.recognition.RplOutcome;

/**
 * The assigned assessor decides the claim (or the appeal) once every claimed outcome has a verdict.
 *
 * @param creditsAwarded all the credits claimed for FULL, more than none and fewer than claimed for PARTIAL, zero
 *                       (or absent) for REJECTED
 * @param rationale      the reasoning, about the evidence, never about the person: it is published
 */
public record DecideRplClaim(@TargetAggregateIdentifier String claimId, String assessorSubject, RplOutcome outcome,
                             BigDecimal creditsAwarded, String rationale, Instant decidedAt) {
}
