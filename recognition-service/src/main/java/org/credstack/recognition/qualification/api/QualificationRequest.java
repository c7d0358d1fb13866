package org.credstack.recognition.qualification.api;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.credstack.events.recognition.AwardPolicy;
import org.credstack.recognition.qualification.domain.QualificationDefinition;
import org.credstack.recognition.qualification.domain.QualificationRules;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A qualification's definition as a registrar writes it (POST and PUT alike). What is missing or cannot be met is
 * reported by the rule check (422, one entry per problem), not here: only what no check could make sense of is a 400.
 */
@Schema(description = "One version of a qualification: its name, the achievement awarded, the credits and the rules")
public record QualificationRequest(
        @Schema(description = "What learners and staff call it", example = "Certificate in Data Analytics")
        @Size(max = 300) String name,
        @Schema(description = "Your institution's own published achievement, issued on completion")
        String targetAchievementId,
        @Schema(description = "ECTS credits needed in total (0 or more, at most two decimals)", example = "15")
        BigDecimal creditsRequired,
        @Schema(description = "AUTOMATIC: requested as soon as a learner qualifies; CONFIRMED: staff confirm first")
        AwardPolicy awardPolicy,
        @Schema(description = "Required components, elective groups, EQF minimum, recency, RPL cap, accepted "
                + "equivalents; see docs/recognition.md")
        QualificationRules rules) {

    QualificationDefinition toDefinition() {
        return new QualificationDefinition(name, targetAchievementId, creditsRequired, awardPolicy, rules);
    }
}
