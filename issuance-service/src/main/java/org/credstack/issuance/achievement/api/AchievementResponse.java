package org.credstack.issuance.achievement.api;

import java.time.Instant;
import org.credstack.issuance.achievement.projection.AchievementRecord;
import org.credstack.issuance.achievement.projection.AchievementStatus;
import org.credstack.issuance.achievement.projection.AchievementVersionRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An achievement with its latest version (the open draft if there is one)")
public record AchievementResponse(
        String id, String issuerId, AchievementStatus status,
        @Schema(description = "The newest version, draft or published") int latestVersion,
        @Schema(description = "The version credentials are issued from; absent before the first publication")
        Integer publishedVersion,
        @Schema(description = "The open draft version, if any") Integer draftVersion,
        Instant createdAt, Instant updatedAt, Instant retiredAt, String retirementReason,
        @Schema(description = "The latest version's definition") AchievementFields definition) {

    static AchievementResponse of(AchievementRecord a, AchievementVersionRecord latest) {
        return new AchievementResponse(a.achievementId, a.issuerId, a.status, a.latestVersion, a.publishedVersion,
                a.draftVersion, a.createdAt, a.updatedAt, a.retiredAt, a.retirementReason,
                AchievementFields.of(latest.definition()));
    }
}
