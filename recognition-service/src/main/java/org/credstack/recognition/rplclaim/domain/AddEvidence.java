package org.credstack.recognition.rplclaim.domain;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The claimant adds evidence to a claim not yet under assessment, under the evidence policy in force. */
public record AddEvidence(@TargetAggregateIdentifier String claimId, String claimantSubject, Evidence evidence,
                          EvidencePolicy policy, Instant addedAt) {
}
