package org.credstack.events.recognition;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Objects;
import org.credstack.events.ContractEvent;

/**
 * A version of a qualification (a stack of micro-credentials) was published: learners who meet its rules are
 * awarded {@code targetAchievementId}. Aggregate: the qualification ({@code qualificationId}).
 *
 * @param issuerId            the tenant that owns the qualification and issues the award
 * @param targetAchievementId the issuer's achievement that is awarded
 * @param creditsRequired     ECTS credits needed
 * @param rules               a summary of the stacking rules (required and elective achievements, credit
 *                            equivalences), informative for consumers; treat as read-only
 */
public record QualificationPublished(String qualificationId, String issuerId, int version, String name,
        String targetAchievementId, BigDecimal creditsRequired, AwardPolicy awardPolicy, JsonNode rules)
        implements ContractEvent {

    public QualificationPublished {
        Objects.requireNonNull(qualificationId, "qualificationId");
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(targetAchievementId, "targetAchievementId");
        Objects.requireNonNull(awardPolicy, "awardPolicy");
        rules = rules == null ? null : rules.deepCopy();
    }

    @Override
    public String aggregateId() {
        return qualificationId;
    }
}
