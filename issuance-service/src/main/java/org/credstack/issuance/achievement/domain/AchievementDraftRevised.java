package org.credstack.issuance.achievement.domain;

/** Internal event: the open draft version was replaced by a new definition. */
public record AchievementDraftRevised(String achievementId, String issuerId, int version,
                                      AchievementDefinition definition) {
}
