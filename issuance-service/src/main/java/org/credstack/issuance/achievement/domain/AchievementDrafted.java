package org.credstack.issuance.achievement.domain;

/** Internal event: a new version of an achievement was opened as a draft (version 1 when the achievement is new). */
public record AchievementDrafted(String achievementId, String issuerId, int version,
                                 AchievementDefinition definition) {
}
