package org.credstack.recognition.rplclaim.domain;

import java.time.Instant;

/** The claimant added evidence, kept in its recorded form (see {@link Evidence#recorded()}). */
public record RplEvidenceAdded(String claimId, String actor, Instant at, Evidence evidence) implements RplClaimEvent {

    @Override
    public RplStep step() {
        return RplStep.ADD_EVIDENCE;
    }
}
