package org.credstack.issuance.achievement.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An issuer admin starts a new achievement: its first version, as a draft. */
public record DraftAchievement(@TargetAggregateIdentifier String achievementId, String issuerId,
                               AchievementDefinition definition) {
}
