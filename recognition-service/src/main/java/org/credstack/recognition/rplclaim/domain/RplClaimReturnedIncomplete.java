package org.credstack.recognition.rplclaim.domain;

import java.time.Instant;
import java.util.List;

/** Staff returned the claim to the learner, saying what is missing (about the evidence, not the person). */
public record RplClaimReturnedIncomplete(String claimId, String actor, Instant at, List<String> missing)
        implements RplClaimEvent {

    public RplClaimReturnedIncomplete {
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    @Override
    public RplStep step() {
        return RplStep.RETURN_INCOMPLETE;
    }
}
