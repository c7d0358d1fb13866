package org.credstack.issuance.achievement.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.credstack.issuance.achievement.domain.AchievementDefinition;
import org.credstack.issuance.achievement.domain.AchievementType;
import org.credstack.issuance.achievement.domain.FormOfParticipation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The definition of one achievement version as the API reads and writes it. Request JSON is strict (decision D12):
 * a field this record does not name is refused, never silently dropped.
 */
@Schema(description = "A micro-credential definition: the EU Council Recommendation's elements and the OB 3.0 "
        + "Achievement's. A draft may be incomplete; publishing needs description and criteria, and for a "
        + "MicroCredential also learning outcomes, credits or workload, assessment type, form of participation "
        + "and quality assurance.")
public record AchievementFields(
        @Schema(example = "Data Literacy for Public Servants") @NotBlank @Size(max = 512) String name,
        @Schema(example = "Reading, questioning and presenting data in policy work.") @Size(max = 10_000)
        String description,
        @Schema(description = "How it is earned (OB criteria.narrative, Markdown)",
                example = "Pass the final assessment with at least 60%.") @Size(max = 10_000) String criteria,
        @Schema(description = "The OB 3.0 achievementType", example = "MicroCredential") @NotNull
        AchievementType achievementType,
        @Schema(description = "One statement per outcome") @Size(max = 100)
        List<@NotBlank @Size(max = 2000) String> learningOutcomes,
        @Schema(description = "ECTS credits (OB creditsAvailable)", example = "3.5")
        @DecimalMin(value = "0", message = "must be 0 or more")
        @Digits(integer = 4, fraction = 2, message = "must have at most two decimals") BigDecimal creditsAvailable,
        @Schema(description = "Notional learning hours", example = "90") @Min(0) @Max(100_000) Integer workloadHours,
        @Schema(description = "European Qualifications Framework level", example = "5") @Min(1) @Max(8)
        Integer eqfLevel,
        @Size(max = 100) List<@Valid @NotNull SkillAlignment> skills,
        @Schema(example = "Supervised online written exam") @Size(max = 512) String assessmentType,
        @Schema(enumeration = {"online", "onsite", "blended"}, example = "online")
        @Pattern(regexp = "online|onsite|blended", message = "must be online, onsite or blended")
        String formOfParticipation,
        @Schema(example = "None") @Size(max = 4000) String prerequisites,
        @Schema(description = "The quality assurance underpinning it",
                example = "Internal QA under the institution's NVAO accreditation") @Size(max = 4000)
        String qualityAssurance,
        @Schema(example = "https://demo-university.example/badges/data-literacy.png") @Size(max = 2048)
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String imageUrl,
        @Schema(description = "How long credentials stay valid after issuance (ISO-8601 period); none: no expiry",
                example = "P2Y")
        @Pattern(regexp = "P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?", message = "must be an ISO-8601 period such as P2Y")
        String validity,
        @Schema(description = "Whether credentials can be suspended (and reinstated)", defaultValue = "false")
        Boolean suspensionAllowed) {

    AchievementDefinition toDefinition() {
        return new AchievementDefinition(name, description, criteria, achievementType, learningOutcomes,
                creditsAvailable, workloadHours, eqfLevel,
                skills == null ? null : skills.stream().map(SkillAlignment::toSkill).toList(), assessmentType,
                formOfParticipation == null ? null
                        : FormOfParticipation.valueOf(formOfParticipation.toUpperCase(Locale.ROOT)),
                prerequisites, qualityAssurance, imageUrl, validity == null ? null : Period.parse(validity),
                Boolean.TRUE.equals(suspensionAllowed));
    }

    static AchievementFields of(AchievementDefinition d) {
        return new AchievementFields(d.name(), d.description(), d.criteria(), d.achievementType(),
                d.learningOutcomes(), d.creditsAvailable(), d.workloadHours(), d.eqfLevel(),
                d.skills().stream().map(SkillAlignment::of).toList(), d.assessmentType(),
                d.formOfParticipation() == null ? null : d.formOfParticipation().name().toLowerCase(Locale.ROOT),
                d.prerequisites(), d.qualityAssurance(), d.imageUrl(),
                d.validity() == null ? null : d.validity().toString(), d.suspensionAllowed());
    }
}
