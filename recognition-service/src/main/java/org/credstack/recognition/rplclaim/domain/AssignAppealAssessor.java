package org.credstack.recognition.rplclaim.domain;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff assign the assessor of an appeal: someone other than the first assessor and the claimant. */
public record AssignAppealAssessor(@TargetAggregateIdentifier String claimId, String staffSubject,
                                   String assessorSubject, Instant assignedAt) {
}
