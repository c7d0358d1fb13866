package org.credstack.issuance.achievement.api;

import java.time.Instant;
import java.util.List;
import org.credstack.issuance.achievement.projection.AchievementRecord;
import org.credstack.issuance.achievement.projection.AchievementStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of achievements; pass nextCursor as cursor for the next page")
public record AchievementPage(List<Summary> items, String nextCursor) {

    public record Summary(String id, String issuerId, AchievementStatus status, String name, String achievementType,
                          int latestVersion, Integer publishedVersion, Integer draftVersion, Instant updatedAt) {

        static Summary of(AchievementRecord a) {
            return new Summary(a.achievementId, a.issuerId, a.status, a.name, a.achievementType, a.latestVersion,
                    a.publishedVersion, a.draftVersion, a.updatedAt);
        }
    }
}
