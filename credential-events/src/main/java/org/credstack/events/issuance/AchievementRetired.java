package org.credstack.events.issuance;

import java.util.Objects;
import org.credstack.events.ContractEvent;

/**
 * A version of an achievement can no longer be issued; credentials already issued under it stay valid.
 * Aggregate: the achievement ({@code achievementId}).
 */
public record AchievementRetired(String achievementId, String issuerId, int version, String reason)
        implements ContractEvent {

    public AchievementRetired {
        Objects.requireNonNull(achievementId, "achievementId");
        Objects.requireNonNull(issuerId, "issuerId");
    }

    @Override
    public String aggregateId() {
        return achievementId;
    }
}
