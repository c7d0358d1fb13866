package org.credstack.issuance.achievement.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.credstack.events.issuance.Skill;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.DomainRuleViolation.Kind;

/**
 * What a definition must satisfy. A draft may be incomplete but never wrong; a version is only published once it
 * holds everything a credential needs (OB 3.0 requires description and criteria on every Achievement; the EU Council
 * Recommendation's mandatory elements for a micro-credential).
 */
public final class DefinitionRules {

    /** ESCO concept URIs are {@code http://data.europa.eu/esco/skill/<uuid>}; https is accepted as well. */
    static final Pattern ESCO_SKILL = Pattern.compile("https?://data\\.europa\\.eu/esco/skill/[A-Za-z0-9][A-Za-z0-9-]*");
    static final Pattern ESCO_VERSION = Pattern.compile("v\\d+\\.\\d+(\\.\\d+)?");

    private DefinitionRules() {
    }

    public static void requireValid(AchievementDefinition d) {
        require(d.name() != null && !d.name().isBlank(), "achievement-name-required", "An achievement needs a name");
        require(d.achievementType() != null, "achievement-type-required", "An achievement needs an OB 3.0 type");
        require(d.eqfLevel() == null || (d.eqfLevel() >= 1 && d.eqfLevel() <= 8), "eqf-level-out-of-range",
                "The EQF level must be 1 to 8, not " + d.eqfLevel());
        require(d.creditsAvailable() == null || validCredits(d.creditsAvailable()), "ects-credits-invalid",
                "ECTS credits must be zero or more with at most two decimals, not " + d.creditsAvailable());
        require(d.workloadHours() == null || d.workloadHours() >= 0, "workload-hours-negative",
                "Workload hours cannot be negative");
        for (Skill skill : d.skills()) {
            require(ESCO_SKILL.matcher(skill.uri()).matches(), "esco-skill-uri-invalid",
                    "Not an ESCO skill URI (http://data.europa.eu/esco/skill/...): " + skill.uri());
            require(skill.escoVersion() != null && ESCO_VERSION.matcher(skill.escoVersion()).matches(),
                    "esco-version-invalid", "Each ESCO skill needs the ESCO version, such as v1.2.0");
        }
        require(d.validity() == null || !(d.validity().isNegative() || d.validity().isZero()
                        || d.validity().getYears() < 0 || d.validity().getMonths() < 0 || d.validity().getDays() < 0),
                "validity-not-positive", "A validity period must be longer than zero");
    }

    public static void requirePublishable(AchievementDefinition d) {
        requireValid(d);
        List<String> missing = new ArrayList<>();
        if (blank(d.description())) {
            missing.add("description");
        }
        if (blank(d.criteria())) {
            missing.add("criteria");
        }
        if (d.achievementType() == AchievementType.MicroCredential) {
            if (d.learningOutcomes().isEmpty()) {
                missing.add("learningOutcomes");
            }
            if (d.creditsAvailable() == null && d.workloadHours() == null) {
                missing.add("creditsAvailable or workloadHours");
            }
            if (blank(d.assessmentType())) {
                missing.add("assessmentType");
            }
            if (d.formOfParticipation() == null) {
                missing.add("formOfParticipation");
            }
            if (blank(d.qualityAssurance())) {
                missing.add("qualityAssurance");
            }
        }
        require(missing.isEmpty(), "achievement-incomplete",
                "Only a complete definition can be published; missing: " + String.join(", ", missing));
    }

    private static boolean validCredits(BigDecimal credits) {
        return credits.signum() >= 0 && credits.stripTrailingZeros().scale() <= 2;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void require(boolean condition, String rule, String message) {
        if (!condition) {
            throw new DomainRuleViolation(rule, message, Kind.INVALID);
        }
    }
}
