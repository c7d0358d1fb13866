package org.credstack.recognition.rplclaim.domain;

import java.math.BigDecimal;
import java.time.Instant;
import org.credstack.events.recognition.RplOutcome;

/**
 * The assessor ({@code actor}) decided the claim, or its appeal. Applied together with the contract
 * {@code RplDecisionMade}, which carries the same decision to Kafka without who and when.
 */
public record RplClaimDecided(String claimId, String actor, Instant at, RplOutcome outcome, BigDecimal creditsAwarded,
                              String rationale, boolean appeal) implements RplClaimEvent {

    @Override
    public RplStep step() {
        return RplStep.DECIDE;
    }
}
