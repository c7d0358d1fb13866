package org.credstack.events.recognition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.credstack.events.ContractEvent;
import org.credstack.events.RecipientRef;

/**
 * A learner meets the rules of a qualification version; an award is opened for it. Aggregate: the award
 * ({@code awardId}), so that the award's later events follow it in order.
 *
 * @param learnerId            the wallet id, or the recipientRef of a learner without a wallet
 * @param recipientRefs        every recipientRef of the learner whose credentials were counted
 * @param countedCredentialIds the credentials that satisfy the rules
 * @param credits              the ECTS credits counted
 */
public record EligibilityReached(String awardId, String qualificationId, int qualificationVersion, String learnerId,
        List<String> recipientRefs, List<String> countedCredentialIds, BigDecimal credits) implements ContractEvent {

    public EligibilityReached {
        Objects.requireNonNull(awardId, "awardId");
        Objects.requireNonNull(qualificationId, "qualificationId");
        Objects.requireNonNull(learnerId, "learnerId");
        recipientRefs = RecipientRef.requireAllValid(recipientRefs == null ? List.of() : recipientRefs);
        countedCredentialIds = countedCredentialIds == null ? List.of() : List.copyOf(countedCredentialIds);
    }

    @Override
    public String aggregateId() {
        return awardId;
    }
}
