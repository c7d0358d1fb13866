package org.credstack.recognition.equivalence.application;

import java.math.BigDecimal;
import java.time.Instant;

/** A credit transfer rule as its table shows it; {@code withdrawnAt} is set once it no longer applies. */
public record EquivalenceRecord(String equivalenceId, String issuerId, String externalIssuerId,
        String externalAchievementId, String countsAs, BigDecimal credits, boolean exceedsInternalCredits,
        Instant createdAt, Instant withdrawnAt) {
}
