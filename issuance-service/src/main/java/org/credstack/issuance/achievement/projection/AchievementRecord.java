package org.credstack.issuance.achievement.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Issuance's view of an achievement as a whole; its versions are {@link AchievementVersionRecord}s. */
@Entity
@Table(name = "achievement")
public class AchievementRecord extends PanacheEntityBase {
    @Id
    @Column(name = "achievement_id")
    public String achievementId;
    @Column(name = "issuer_id")
    public String issuerId;
    @Enumerated(EnumType.STRING)
    public AchievementStatus status;
    public String name;
    @Column(name = "achievement_type")
    public String achievementType;
    @Column(name = "latest_version")
    public int latestVersion;
    @Column(name = "published_version")
    public Integer publishedVersion;
    @Column(name = "draft_version")
    public Integer draftVersion;
    /** The aggregate's last sequence number: the ETag. */
    @Column(name = "aggregate_version")
    public long aggregateVersion;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "retired_at")
    public Instant retiredAt;
    @Column(name = "retirement_reason")
    public String retirementReason;

    /**
     * The row as committed now. A request reads outside any transaction through its own session, which may still
     * hold this row, or its versions, as they were before the request's command changed them: forget them.
     */
    public static AchievementRecord current(String achievementId) {
        getEntityManager().clear();
        return findById(achievementId);
    }

    public boolean visibleTo(String tenant, boolean operator) {
        return operator || issuerId.equals(tenant);
    }
}
