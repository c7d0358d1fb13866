package org.credstack.recognition.award.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An award as the institution's staff see it. */
public record AwardResponse(String id, String qualificationId, int qualificationVersion, String targetAchievementId,
        String learnerId, List<String> recipientRefs, List<String> countedCredentialIds, BigDecimal credits,
        String policy, String state, String credentialId, String riskCredentialId, String riskStatus,
        String decisionReason, Instant openedAt, Instant updatedAt) {
}
