package org.credstack.recognition.rplclaim.domain;

import java.math.BigDecimal;
import java.util.Collection;
import org.credstack.events.recognition.RplOutcome;
import org.credstack.platform.domain.DomainRuleViolation;

/** How a decision's outcome, credits and verdicts fit together. Credits compare by value: 5 and 5.0 are equal. */
final class AwardRules {

    private AwardRules() {
    }

    /** The credits the decision awards (zero when absent), once the decision is found consistent. */
    static BigDecimal check(DecideRplClaim decision, BigDecimal claimed, Collection<Verdict> verdicts) {
        if (decision.outcome() == null) {
            throw invalid("outcome-required", "A decision is FULL, PARTIAL or REJECTED");
        }
        if (decision.rationale() == null || decision.rationale().isBlank()) {
            throw invalid("rationale-required", "A decision gives its rationale");
        }
        BigDecimal awarded = decision.creditsAwarded() == null ? BigDecimal.ZERO : decision.creditsAwarded();
        RplOutcome outcome = decision.outcome();
        if (outcome == RplOutcome.FULL && awarded.compareTo(claimed) != 0) {
            throw invalid("full-award-not-claimed-credits", "A full award is the " + claimed + " credits claimed");
        }
        if (outcome == RplOutcome.FULL && verdicts.contains(Verdict.NOT_MET)) {
            throw invalid("full-award-with-unmet-outcome", "A full award needs every claimed outcome met");
        }
        if (outcome == RplOutcome.PARTIAL && (awarded.signum() <= 0 || awarded.compareTo(claimed) >= 0)) {
            throw invalid("partial-award-out-of-range", "A partial award is more than 0 and less than " + claimed);
        }
        if (outcome == RplOutcome.REJECTED && awarded.signum() != 0) {
            throw invalid("rejection-awards-credits", "A rejection awards no credits");
        }
        return awarded;
    }

    private static DomainRuleViolation invalid(String rule, String message) {
        return new DomainRuleViolation(rule, message, DomainRuleViolation.Kind.INVALID);
    }
}
