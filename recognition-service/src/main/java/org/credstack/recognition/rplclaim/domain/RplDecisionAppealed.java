package org.credstack.recognition.rplclaim.domain;

import java.time.Instant;

/** The claimant appealed the decision. The reason's text is the learner's: only its SHA-256 is kept here. */
public record RplDecisionAppealed(String claimId, String actor, Instant at, String reasonSha256)
        implements RplClaimEvent {

    @Override
    public RplStep step() {
        return RplStep.APPEAL;
    }
}
