package org.credstack.recognition.rplclaim.domain;

import java.time.Instant;

/** The claimant withdrew the claim before it was decided. */
public record RplClaimWithdrawn(String claimId, String actor, Instant at) implements RplClaimEvent {

    @Override
    public RplStep step() {
        return RplStep.WITHDRAW;
    }
}
