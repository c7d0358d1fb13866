package org.credstack.issuance.credential.application;

import java.math.BigDecimal;
import org.credstack.events.issuance.Skill;
import org.credstack.issuance.achievement.domain.AchievementDefinition;
import org.credstack.vc.ob.Alignment;
import org.credstack.vc.ob.Image;
import org.credstack.vc.ob.QualityAssurance;

/** A published achievement version as the OB 3.0 Achievement embedded in its credentials. */
final class ObAchievements {

    private ObAchievements() {
    }

    /** @param id the URI of the version ({@code <public-base-url>/achievements/<id>/versions/<v>}) */
    static org.credstack.vc.ob.AchievementDefinition of(String id, AchievementDefinition d) {
        // OB requires criteria.narrative; an achievement published without criteria is described by its description
        String criteria = d.criteria() != null && !d.criteria().isBlank() ? d.criteria() : d.description();
        var builder = org.credstack.vc.ob.AchievementDefinition.builder(id, d.name(), d.description(), criteria)
                .achievementType(d.achievementType().name())
                .creditsAvailable(d.creditsAvailable())
                .workloadHours(d.workloadHours() == null ? null : BigDecimal.valueOf(d.workloadHours()))
                .assessmentType(d.assessmentType())
                .formOfParticipation(d.formOfParticipation() == null ? null
                        : d.formOfParticipation().name().toLowerCase(java.util.Locale.ROOT))
                .prerequisites(d.prerequisites())
                .suspensionAllowed(d.suspensionAllowed());
        if (d.eqfLevel() != null) {
            builder.alignment(Alignment.eqfLevel(d.eqfLevel()));
        }
        for (Skill skill : d.skills()) {
            builder.alignment(alignment(skill));
        }
        if (d.qualityAssurance() != null && !d.qualityAssurance().isBlank()) {
            builder.qualityAssurance(new QualityAssurance(null, d.qualityAssurance(), null));
        }
        if (d.imageUrl() != null) {
            builder.image(Image.of(d.imageUrl()));
        }
        return builder.build();
    }

    private static Alignment alignment(Skill skill) {
        String label = skill.label() != null && !skill.label().isBlank() ? skill.label() : skill.uri();
        if (skill.escoVersion() != null && !skill.escoVersion().isBlank()) {
            return Alignment.escoSkill(skill.uri(), label, skill.escoVersion());
        }
        return new Alignment(label, skill.uri(), "ESCO", null, Alignment.ESCO_SKILL_TYPE, null, null);
    }
}
