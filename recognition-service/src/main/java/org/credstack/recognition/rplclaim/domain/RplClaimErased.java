package org.credstack.recognition.rplclaim.domain;

import java.time.Instant;

/**
 * The claimant was erased: projections drop what they hold of the claim's narrative and evidence (text, file
 * names, links, stored files), and the claim accepts nothing more. Internal: {@code LearnerErased} already told
 * every service, so nothing is published.
 */
public record RplClaimErased(String claimId, String actor, Instant at, String learnerId) implements RplClaimEvent {

    @Override
    public RplStep step() {
        return RplStep.ERASE;
    }
}
