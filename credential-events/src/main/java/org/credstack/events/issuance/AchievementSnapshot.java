package org.credstack.events.issuance;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * One published version of an achievement (a micro-credential definition), as carried by
 * {@code AchievementPublished} and, frozen at issuance, by {@code CredentialIssued}.
 *
 * @param achievementType   the OB 3.0 achievement type, for example {@code Course} or {@code MicroCredential}
 * @param creditsAvailable  ECTS credits the achievement is worth; {@code null} when it carries none
 * @param workloadHours     notional learning hours; {@code null} when not stated
 * @param eqfLevel          the EQF level, 1 to 8; {@code null} when not referenced to the EQF
 * @param suspensionAllowed whether its credentials carry a suspension status entry besides the revocation one
 * @param validity          how long a credential stays valid after issuance; {@code null} for no expiry
 */
public record AchievementSnapshot(String name, String description, String achievementType, BigDecimal creditsAvailable,
        Integer workloadHours, Integer eqfLevel, List<Skill> skills, List<String> learningOutcomes,
        boolean suspensionAllowed, Period validity) {

    public AchievementSnapshot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(achievementType, "achievementType");
        skills = skills == null ? List.of() : List.copyOf(skills);
        learningOutcomes = learningOutcomes == null ? List.of() : List.copyOf(learningOutcomes);
    }
}
