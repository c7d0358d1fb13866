package org.credstack.recognition.rplclaim.domain;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The claimant sends a claim returned as incomplete back for checking, once they have added what was missing. */
public record ResubmitRplClaim(@TargetAggregateIdentifier String claimId, String claimantSubject,
                               Instant resubmittedAt) {
}
