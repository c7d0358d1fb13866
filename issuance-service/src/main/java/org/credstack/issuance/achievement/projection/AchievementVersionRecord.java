package org.credstack.issuance.achievement.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.credstack.events.EventJson;
import org.credstack.events.issuance.Skill;
import org.credstack.issuance.achievement.domain.AchievementDefinition;
import org.credstack.issuance.achievement.domain.AchievementType;
import org.credstack.issuance.achievement.domain.FormOfParticipation;

/** One version of an achievement, with every element of its definition. */
@Entity
@Table(name = "achievement_version")
@IdClass(AchievementVersionRecord.Key.class)
public class AchievementVersionRecord extends PanacheEntityBase {
    @Id
    @Column(name = "achievement_id")
    public String achievementId;
    @Id
    public int version;
    @Column(name = "issuer_id")
    public String issuerId;
    @Enumerated(EnumType.STRING)
    public VersionStatus status;
    public String name;
    public String description;
    public String criteria;
    @Column(name = "achievement_type")
    public String achievementType;
    @Column(name = "learning_outcomes")
    public String learningOutcomes;
    @Column(name = "credits_available")
    public BigDecimal creditsAvailable;
    @Column(name = "workload_hours")
    public Integer workloadHours;
    @Column(name = "eqf_level")
    public Integer eqfLevel;
    public String skills;
    @Column(name = "assessment_type")
    public String assessmentType;
    @Column(name = "form_of_participation")
    public String formOfParticipation;
    public String prerequisites;
    @Column(name = "quality_assurance")
    public String qualityAssurance;
    @Column(name = "image_url")
    public String imageUrl;
    public String validity;
    @Column(name = "suspension_allowed")
    public boolean suspensionAllowed;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "published_at")
    public Instant publishedAt;

    public static AchievementVersionRecord find(String achievementId, int version) {
        return findById(new Key(achievementId, version));
    }

    void write(AchievementDefinition d) {
        name = d.name();
        description = d.description();
        criteria = d.criteria();
        achievementType = d.achievementType().name();
        learningOutcomes = json(d.learningOutcomes());
        creditsAvailable = d.creditsAvailable();
        workloadHours = d.workloadHours();
        eqfLevel = d.eqfLevel();
        skills = json(d.skills());
        assessmentType = d.assessmentType();
        formOfParticipation = d.formOfParticipation() == null ? null : d.formOfParticipation().name();
        prerequisites = d.prerequisites();
        qualityAssurance = d.qualityAssurance();
        imageUrl = d.imageUrl();
        validity = d.validity() == null ? null : d.validity().toString();
        suspensionAllowed = d.suspensionAllowed();
    }

    public AchievementDefinition definition() {
        return new AchievementDefinition(name, description, criteria, AchievementType.valueOf(achievementType),
                read(learningOutcomes, new TypeReference<List<String>>() { }), creditsAvailable, workloadHours,
                eqfLevel, read(skills, new TypeReference<List<Skill>>() { }), assessmentType,
                formOfParticipation == null ? null : FormOfParticipation.valueOf(formOfParticipation),
                prerequisites, qualityAssurance, imageUrl, validity == null ? null : Period.parse(validity),
                suspensionAllowed);
    }

    private static String json(Object value) {
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static class Key implements Serializable {
        public String achievementId;
        public int version;

        public Key() {
        }

        public Key(String achievementId, int version) {
            this.achievementId = achievementId;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.achievementId, achievementId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(achievementId, version);
        }
    }
}
