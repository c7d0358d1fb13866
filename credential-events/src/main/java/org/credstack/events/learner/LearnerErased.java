package org.credstack.events.learner;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.credstack.events.ContractEvent;
import org.credstack.events.RecipientRef;

/**
 * A learner's personal data was erased (account deleted, or an operator acted on a request): every projection
 * purges what it holds for the learner and for each of the recipientRefs. Published by the wallet service.
 * Aggregate: the learner ({@code learnerId}: the wallet id, or the recipientRef of a learner without a wallet).
 *
 * @param recipientRefs every recipientRef the learner had, including those linked to the wallet
 */
public record LearnerErased(String learnerId, List<String> recipientRefs, Instant erasedAt) implements ContractEvent {

    public LearnerErased {
        Objects.requireNonNull(learnerId, "learnerId");
        recipientRefs = RecipientRef.requireAllValid(recipientRefs == null ? List.of() : recipientRefs);
        Objects.requireNonNull(erasedAt, "erasedAt");
    }

    @Override
    public String aggregateId() {
        return learnerId;
    }
}
