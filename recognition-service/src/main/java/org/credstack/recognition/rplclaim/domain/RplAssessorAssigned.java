package org.credstack.recognition.rplclaim.domain;

import java.time.Instant;

/** Staff ({@code actor}) assigned the assessor of the claim, or of its appeal. */
public record RplAssessorAssigned(String claimId, String actor, Instant at, String assessorSubject, boolean appeal)
        implements RplClaimEvent {

    @Override
    public RplStep step() {
        return appeal ? RplStep.ASSIGN_APPEAL_ASSESSOR : RplStep.ASSIGN_ASSESSOR;
    }
}
