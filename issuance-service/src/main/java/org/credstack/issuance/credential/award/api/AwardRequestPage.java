package org.credstack.issuance.credential.award.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.credstack.issuance.credential.award.application.AwardRequest;
import org.credstack.issuance.credential.award.application.AwardState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Award requests from recognition: how many are in each state, and the most recent ones")
public record AwardRequestPage(
        @Schema(description = "Requests in each state, all issuers") Map<AwardState, Long> counts,
        @Schema(description = "Most recently received first") List<Item> items) {

    @Schema(description = "One award request; the learner appears only as recognition's learner id")
    public record Item(String awardId, String issuerId, String qualificationId, Integer qualificationVersion,
                       String targetAchievementId, String learnerId, List<String> countedCredentialIds,
                       BigDecimal credits, AwardState state,
                       @Schema(description = "The award's credential, once issued") String credentialId,
                       @Schema(description = "Why it FAILED: a rule and its explanation") String reason,
                       @Schema(description = "Why recognition withdrew it") String withdrawalReason,
                       @Schema(description = "Failed attempts of the pending work") int attempts,
                       @Schema(description = "When the worker tries the pending work (again)") Instant dueAt,
                       Instant requestedAt, Instant receivedAt, Instant updatedAt) {

        static Item of(AwardRequest r) {
            return new Item(r.awardId(), r.issuerId(), r.qualificationId(), r.qualificationVersion(),
                    r.targetAchievementId(), r.learnerId(), r.countedCredentialIds(), r.credits(), r.state(),
                    r.credentialId(), r.reason(), r.withdrawalReason(), r.attempts(),
                    r.state().due() ? r.dueAt() : null, r.requestedAt(), r.receivedAt(), r.updatedAt());
        }
    }
}
