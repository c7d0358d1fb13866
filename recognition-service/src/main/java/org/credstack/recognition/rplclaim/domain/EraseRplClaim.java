package org.credstack.recognition.rplclaim.domain;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The claimant was erased (on {@code LearnerErased}): the claim closes and projections drop its narrative and
 * evidence.
 *
 * @param actor who caused the erasure, as the {@code LearnerErased} metadata names it (the learner or an operator)
 */
public record EraseRplClaim(@TargetAggregateIdentifier String claimId, String actor, Instant erasedAt) {
}
