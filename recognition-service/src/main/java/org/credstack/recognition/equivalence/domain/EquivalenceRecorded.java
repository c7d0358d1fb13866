package org.credstack.recognition.equivalence.domain;

import java.math.BigDecimal;

/** Internal event: a credit transfer rule of {@code issuerId} is in force. */
public record EquivalenceRecorded(String equivalenceId, String issuerId, String externalIssuerId,
        String externalAchievementId, String countsAs, BigDecimal credits, boolean exceedsInternalCredits) {
}
