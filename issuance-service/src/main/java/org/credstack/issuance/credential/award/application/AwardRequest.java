package org.credstack.issuance.credential.award.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One row of award_request: an award recognition asked this service to issue, and where it stands.
 *
 * @param learnerId     recognition's learner: a wallet id or a recipientRef (pseudonymous, never an address)
 * @param credentialId  the award's credential once issued
 * @param reason        why it FAILED
 * @param actor         who caused the event whose work is pending: its commands carry them as actor
 * @param correlationId of that event; its commands carry it too, so the answer joins recognition's correlation
 */
public record AwardRequest(String awardId, String issuerId, String qualificationId, Integer qualificationVersion,
                           String targetAchievementId, String learnerId, List<String> recipientRefs,
                           List<String> countedCredentialIds, BigDecimal credits, AwardState state,
                           String credentialId, String reason, String withdrawalReason, String actor,
                           String correlationId, int attempts, Instant dueAt, Instant requestedAt,
                           Instant receivedAt, Instant updatedAt) {

    public AwardRequest {
        recipientRefs = recipientRefs == null ? List.of() : List.copyOf(recipientRefs);
        countedCredentialIds = countedCredentialIds == null ? List.of() : List.copyOf(countedCredentialIds);
    }
}
