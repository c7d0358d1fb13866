package org.credstack.issuance.achievement.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Publish the open draft: from then on it is the version that credentials are issued from. */
public record PublishAchievement(@TargetAggregateIdentifier String achievementId, String issuerId,
                                 @TargetAggregateVersion Long expectedVersion) {
}
