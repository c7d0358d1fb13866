package org.credstack.recognition.qualification.domain;

import java.math.BigDecimal;
import org.credstack.events.recognition.AwardPolicy;

/**
 * One version of a qualification as the institution defines it. {@link RuleCheck} says what must hold.
 *
 * @param targetAchievementId the institution's own achievement issued to learners who complete the qualification
 * @param creditsRequired     ECTS credits needed in total, counted from the components, transfer and RPL; it is also
 *                            what the qualification counts for when nested in another
 */
public record QualificationDefinition(String name, String targetAchievementId, BigDecimal creditsRequired,
        AwardPolicy awardPolicy, QualificationRules rules) {

    public QualificationDefinition {
        creditsRequired = Credits.canonical(creditsRequired);
        rules = rules == null ? new QualificationRules(null, null, null, null, null, null) : rules;
    }
}
