package org.credstack.recognition.equivalence.domain;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An institution states that another institution's achievement counts as one of its own, for a number of credits.
 * The application checks both achievements against the catalogue first.
 *
 * @param issuerId               the institution whose rule this is (the tenant)
 * @param exceedsInternalCredits the registrar meant the credits to be more than the internal achievement carries
 */
public record RecordEquivalence(@TargetAggregateIdentifier String equivalenceId, String issuerId,
        String externalIssuerId, String externalAchievementId, String countsAs, BigDecimal credits,
        boolean exceedsInternalCredits) {
}
