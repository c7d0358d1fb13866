package org.credstack.recognition.rplclaim.domain;

import java.time.Instant;

/** The claimant sent the returned claim back for checking. */
public record RplClaimResubmitted(String claimId, String actor, Instant at) implements RplClaimEvent {

    @Override
    public RplStep step() {
        return RplStep.RESUBMIT;
    }
}
