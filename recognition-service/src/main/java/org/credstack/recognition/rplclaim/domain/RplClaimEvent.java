package org.credstack.recognition.rplclaim.domain;

import java.time.Instant;

/**
 * The internal events of an RPL claim: they stay in the recognition service's event store and never reach Kafka
 * (only the contract {@code RplDecisionMade} does). Each says who did what, when, so that the claim's history
 * ({@link RplClaimHistory}) is a fold of its events alone. None holds text the learner wrote: see package-info.
 */
public sealed interface RplClaimEvent permits RplClaimSubmitted, RplEvidenceAdded, RplClaimFoundComplete,
        RplClaimReturnedIncomplete, RplClaimResubmitted, RplAssessorAssigned, RplOutcomeAssessed, RplClaimDecided,
        RplDecisionAppealed, RplClaimWithdrawn, RplClaimErased {

    String claimId();

    /** The token subject of whoever caused it: claimant, staff or assessor. */
    String actor();

    Instant at();

    /** The workflow step it records. */
    RplStep step();
}
