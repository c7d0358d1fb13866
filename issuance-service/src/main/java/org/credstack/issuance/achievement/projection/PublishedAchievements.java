package org.credstack.issuance.achievement.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.NotFound;

/**
 * The published versions of achievements, for issuing credentials. Only the current published version of an
 * achievement that is not retired can be issued; every version that was ever published stays readable, because
 * credentials keep pointing at the version they were issued from.
 */
@ApplicationScoped
public class PublishedAchievements {

    /** A version that was published (issuable or not any more); empty for drafts, unknown ids or other tenants. */
    public Optional<PublishedAchievement> find(String issuerId, String achievementId, int version) {
        AchievementVersionRecord record = AchievementVersionRecord.find(achievementId, version);
        if (record == null || !record.issuerId.equals(issuerId) || record.publishedAt == null) {
            return Optional.empty();
        }
        return Optional.of(PublishedAchievement.of(record));
    }

    /** The version credentials of this achievement are issued from now; empty if never published or retired. */
    public Optional<PublishedAchievement> current(String issuerId, String achievementId) {
        AchievementRecord achievement = AchievementRecord.findById(achievementId);
        if (achievement == null || !achievement.issuerId.equals(issuerId)
                || achievement.status != AchievementStatus.PUBLISHED) {
            return Optional.empty();
        }
        return find(issuerId, achievementId, achievement.publishedVersion);
    }

    /**
     * The version to issue a credential from: {@code version}, or the current one when {@code null}. Unknown or
     * another tenant's achievement: {@link NotFound}; a draft, superseded or retired version: the rule it breaks.
     */
    public PublishedAchievement issuable(String issuerId, String achievementId, Integer version) {
        AchievementRecord achievement = AchievementRecord.findById(achievementId);
        if (achievement == null || !achievement.issuerId.equals(issuerId)) {
            throw new NotFound("Achievement", achievementId);
        }
        if (achievement.status == AchievementStatus.RETIRED) {
            throw new DomainRuleViolation("achievement-retired", "Achievement " + achievementId + " is retired",
                    DomainRuleViolation.Kind.INVALID);
        }
        int wanted = version != null ? version : achievement.publishedVersion != null ? achievement.publishedVersion : 0;
        return find(issuerId, achievementId, wanted).filter(PublishedAchievement::issuable)
                .orElseThrow(() -> new DomainRuleViolation("achievement-version-not-issuable", "Only the published "
                        + "version of achievement " + achievementId + " can be issued"
                        + (achievement.publishedVersion == null ? "; it has none yet"
                        : " (version " + achievement.publishedVersion + ")"), DomainRuleViolation.Kind.INVALID));
    }
}
