package org.credstack.events.recognition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.credstack.events.ContractEvent;
import org.credstack.events.RecipientRef;

/**
 * An assessor decided a claim for recognition of prior learning. Aggregate: the claim ({@code claimId}).
 *
 * @param issuerId        the tenant that assessed the claim
 * @param qualificationId the qualification recognised against, or {@code null} when {@code achievementId} is set
 * @param achievementId   the achievement recognised against, or {@code null} when {@code qualificationId} is set
 * @param creditsAwarded  ECTS credits recognised; zero when rejected
 * @param rationale       the assessor's reasoning, about the evidence, never about the person
 * @param appeal          whether this decision is on appeal against an earlier one
 */
public record RplDecisionMade(String claimId, String issuerId, String learnerId, List<String> recipientRefs,
        String qualificationId, String achievementId, RplOutcome outcome, BigDecimal creditsAwarded, String rationale,
        boolean appeal) implements ContractEvent {

    public RplDecisionMade {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(learnerId, "learnerId");
        recipientRefs = RecipientRef.requireAllValid(recipientRefs == null ? List.of() : recipientRefs);
        if ((qualificationId == null) == (achievementId == null)) {
            throw new IllegalArgumentException("exactly one of qualificationId and achievementId must be set: " + claimId);
        }
        Objects.requireNonNull(outcome, "outcome");
    }

    @Override
    public String aggregateId() {
        return claimId;
    }
}
