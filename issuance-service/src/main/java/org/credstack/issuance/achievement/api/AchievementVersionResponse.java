package org.credstack.issuance.achievement.api;

import java.time.Instant;
import org.credstack.issuance.achievement.projection.AchievementVersionRecord;
import org.credstack.issuance.achievement.projection.VersionStatus;

public record AchievementVersionResponse(String achievementId, int version, VersionStatus status, Instant createdAt,
                                         Instant updatedAt, Instant publishedAt, AchievementFields definition) {

    static AchievementVersionResponse of(AchievementVersionRecord v) {
        return new AchievementVersionResponse(v.achievementId, v.version, v.status, v.createdAt, v.updatedAt,
                v.publishedAt, AchievementFields.of(v.definition()));
    }
}
