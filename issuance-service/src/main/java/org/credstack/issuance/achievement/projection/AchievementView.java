package org.credstack.issuance.achievement.projection;

import jakarta.inject.Singleton;
import java.time.Instant;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.credstack.events.issuance.AchievementPublished;
import org.credstack.events.issuance.AchievementRetired;
import org.credstack.issuance.achievement.domain.AchievementDraftRevised;
import org.credstack.issuance.achievement.domain.AchievementDrafted;

/** Keeps the achievement tables in step with the aggregate, in the same transaction as the command. */
@Singleton
public class AchievementView {

    @EventHandler
    void on(AchievementDrafted event, @Timestamp Instant at, @SequenceNumber long sequence) {
        AchievementRecord achievement = AchievementRecord.findById(event.achievementId());
        if (achievement == null) {
            achievement = new AchievementRecord();
            achievement.achievementId = event.achievementId();
            achievement.issuerId = event.issuerId();
            achievement.status = AchievementStatus.DRAFT;
            achievement.createdAt = at;
        }
        achievement.latestVersion = event.version();
        achievement.draftVersion = event.version();
        achievement.name = event.definition().name();
        achievement.achievementType = event.definition().achievementType().name();
        achievement.aggregateVersion = sequence;
        achievement.updatedAt = at;
        achievement.persist();

        AchievementVersionRecord version = new AchievementVersionRecord();
        version.achievementId = event.achievementId();
        version.version = event.version();
        version.issuerId = event.issuerId();
        version.status = VersionStatus.DRAFT;
        version.createdAt = at;
        version.updatedAt = at;
        version.write(event.definition());
        version.persist();
    }

    @EventHandler
    void on(AchievementDraftRevised event, @Timestamp Instant at, @SequenceNumber long sequence) {
        AchievementVersionRecord version = AchievementVersionRecord.find(event.achievementId(), event.version());
        version.write(event.definition());
        version.updatedAt = at;
        AchievementRecord achievement = AchievementRecord.findById(event.achievementId());
        achievement.name = event.definition().name();
        achievement.achievementType = event.definition().achievementType().name();
        achievement.aggregateVersion = sequence;
        achievement.updatedAt = at;
    }

    @EventHandler
    void on(AchievementPublished event, @Timestamp Instant at, @SequenceNumber long sequence) {
        AchievementRecord achievement = AchievementRecord.findById(event.achievementId());
        if (achievement.publishedVersion != null) {
            AchievementVersionRecord.find(event.achievementId(), achievement.publishedVersion).status =
                    VersionStatus.SUPERSEDED;
        }
        AchievementVersionRecord version = AchievementVersionRecord.find(event.achievementId(), event.version());
        version.status = VersionStatus.PUBLISHED;
        version.publishedAt = at;
        version.updatedAt = at;
        achievement.status = AchievementStatus.PUBLISHED;
        achievement.publishedVersion = event.version();
        achievement.draftVersion = null;
        achievement.aggregateVersion = sequence;
        achievement.updatedAt = at;
    }

    @EventHandler
    void on(AchievementRetired event, @Timestamp Instant at, @SequenceNumber long sequence) {
        AchievementVersionRecord.update("status = ?1, updatedAt = ?2 where achievementId = ?3 and status in (?4, ?5)",
                VersionStatus.RETIRED, at, event.achievementId(), VersionStatus.PUBLISHED, VersionStatus.DRAFT);
        AchievementRecord achievement = AchievementRecord.findById(event.achievementId());
        achievement.status = AchievementStatus.RETIRED;
        achievement.draftVersion = null;
        achievement.retiredAt = at;
        achievement.retirementReason = event.reason();
        achievement.aggregateVersion = sequence;
        achievement.updatedAt = at;
    }
}
