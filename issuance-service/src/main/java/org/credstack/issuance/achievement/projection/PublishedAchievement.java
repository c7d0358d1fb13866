package org.credstack.issuance.achievement.projection;

import java.time.Instant;
import org.credstack.events.issuance.AchievementSnapshot;
import org.credstack.issuance.achievement.domain.AchievementDefinition;

/**
 * A version of an achievement that was published: what a credential issued from it shows and points at.
 *
 * @param definition every element, including those the contract snapshot does not carry (criteria, ...)
 * @param issuable   whether credentials can be issued from it now (it is the current version and not retired)
 */
public record PublishedAchievement(String achievementId, String issuerId, int version, VersionStatus status,
                                   AchievementDefinition definition, Instant publishedAt) {

    public boolean issuable() {
        return status == VersionStatus.PUBLISHED;
    }

    /** The snapshot exactly as {@code AchievementPublished} carried it. */
    public AchievementSnapshot snapshot() {
        return definition.toSnapshot();
    }

    static PublishedAchievement of(AchievementVersionRecord r) {
        return new PublishedAchievement(r.achievementId, r.issuerId, r.version, r.status, r.definition(),
                r.publishedAt);
    }
}
