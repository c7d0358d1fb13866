package org.credstack.recognition.qualification.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The problems found so far, in the order found. */
final class RuleProblems {

    private final List<RuleProblem> found = new ArrayList<>();

    void require(boolean condition, String rule, String field, String message) {
        if (!condition) {
            add(rule, field, message);
        }
    }

    void add(String rule, String field, String message) {
        found.add(new RuleProblem(rule, field, message));
    }

    List<RuleProblem> list() {
        return List.copyOf(found);
    }

    /** ECTS as achievements spell them: at most two decimals; zero only where {@code zeroAllowed}. */
    static boolean validCredits(BigDecimal credits, boolean zeroAllowed) {
        return credits != null && credits.signum() >= (zeroAllowed ? 0 : 1)
                && credits.stripTrailingZeros().scale() <= 2;
    }
}
