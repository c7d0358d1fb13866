package org.credstack.issuance.achievement.domain;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import org.credstack.events.issuance.AchievementSnapshot;
import org.credstack.events.issuance.Skill;

/**
 * One version of a micro-credential definition: the elements of the EU Council Recommendation on micro-credentials
 * (Annex I) and of the OB 3.0 Achievement. Nullable unless stated; {@link DefinitionRules} says what must hold.
 *
 * @param criteria         how the achievement is earned (OB {@code criteria.narrative}, Markdown)
 * @param creditsAvailable ECTS credits (OB {@code creditsAvailable}), at most two decimals
 * @param workloadHours    notional learning hours
 * @param skills           ESCO skills (OB alignments with {@code targetFramework} ESCO)
 * @param validity         how long a credential stays valid after issuance; {@code null} for no expiry
 */
public record AchievementDefinition(String name, String description, String criteria, AchievementType achievementType,
        List<String> learningOutcomes, BigDecimal creditsAvailable, Integer workloadHours, Integer eqfLevel,
        List<Skill> skills, String assessmentType, FormOfParticipation formOfParticipation, String prerequisites,
        String qualityAssurance, String imageUrl, Period validity, boolean suspensionAllowed) {

    public AchievementDefinition {
        learningOutcomes = learningOutcomes == null ? List.of() : List.copyOf(learningOutcomes);
        skills = skills == null ? List.of() : List.copyOf(skills);
        creditsAvailable = canonical(creditsAvailable);
    }

    /** 7.50 and 7.5 are the same number of credits: one spelling, so that equal definitions are equal. */
    private static BigDecimal canonical(BigDecimal credits) {
        if (credits == null) {
            return null;
        }
        BigDecimal stripped = credits.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * The part of the definition the contract event carries. Criteria, assessment type, form of participation,
     * prerequisites, quality assurance and image are not in {@code AchievementSnapshot} v1: they stay in this
     * service's event store and read model.
     */
    public AchievementSnapshot toSnapshot() {
        return new AchievementSnapshot(name, description, achievementType.name(), creditsAvailable, workloadHours,
                eqfLevel, skills, learningOutcomes, suspensionAllowed, validity);
    }
}
