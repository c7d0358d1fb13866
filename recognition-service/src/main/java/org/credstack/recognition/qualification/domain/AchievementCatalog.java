package org.credstack.recognition.qualification.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What recognition knows about published achievements of every institution (backed by a projection of
 * {@code AchievementPublished}). Empty for an achievement never published on credstack.
 */
@FunctionalInterface
public interface AchievementCatalog {

    Optional<AchievementFacts> find(String achievementId);

    /**
     * The latest published version's facts.
     *
     * @param credits  ECTS credits, {@code null} when the achievement carries none
     * @param eqfLevel EQF level, {@code null} when not referenced to the EQF
     */
    record AchievementFacts(String issuerId, String name, BigDecimal credits, Integer eqfLevel) {
    }
}
