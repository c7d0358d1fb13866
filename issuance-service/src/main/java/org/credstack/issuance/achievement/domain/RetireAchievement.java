package org.credstack.issuance.achievement.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Stop issuing the achievement, for good; credentials already issued stay valid. */
public record RetireAchievement(@TargetAggregateIdentifier String achievementId, String issuerId, String reason,
                                @TargetAggregateVersion Long expectedVersion) {
}
