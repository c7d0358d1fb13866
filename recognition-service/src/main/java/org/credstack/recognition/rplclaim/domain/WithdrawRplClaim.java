package org.credstack.recognition.rplclaim.domain;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The claimant withdraws a claim that is not yet decided. */
public record WithdrawRplClaim(@TargetAggregateIdentifier String claimId, String claimantSubject,
                               Instant withdrawnAt) {
}
