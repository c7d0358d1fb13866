package org.credstack.events.issuance;

import java.util.Objects;
import org.credstack.events.ContractEvent;

/**
 * A version of an achievement (micro-credential definition) was published and can now be issued.
 * Aggregate: the achievement ({@code achievementId}).
 *
 * @param version     the published version, from 1; earlier versions stay valid for credentials issued under them
 * @param achievement the definition as published
 */
public record AchievementPublished(String achievementId, String issuerId, int version, AchievementSnapshot achievement)
        implements ContractEvent {

    public AchievementPublished {
        Objects.requireNonNull(achievementId, "achievementId");
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(achievement, "achievement");
    }

    @Override
    public String aggregateId() {
        return achievementId;
    }
}
