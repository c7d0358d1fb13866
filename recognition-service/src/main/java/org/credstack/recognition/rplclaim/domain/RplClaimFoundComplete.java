package org.credstack.recognition.rplclaim.domain;

import java.time.Instant;

/** Staff found the claim complete enough to assess. */
public record RplClaimFoundComplete(String claimId, String actor, Instant at) implements RplClaimEvent {

    @Override
    public RplStep step() {
        return RplStep.FIND_COMPLETE;
    }
}
