package org.credstack.issuance.achievement.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Replace the open draft, or open the next version as a draft when the current one is published.
 *
 * @param expectedVersion the aggregate version the client saw ({@code If-Match}); {@code null} skips the check
 */
public record ReviseAchievement(@TargetAggregateIdentifier String achievementId, String issuerId,
                                AchievementDefinition definition, @TargetAggregateVersion Long expectedVersion) {
}
