package org.credstack.recognition.rplclaim.domain;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff assign the assessor of a complete claim, or another one until assessing has begun. */
public record AssignAssessor(@TargetAggregateIdentifier String claimId, String staffSubject, String assessorSubject,
                             Instant assignedAt) {
}
