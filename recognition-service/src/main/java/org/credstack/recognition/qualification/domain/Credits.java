package org.credstack.recognition.qualification.domain;

import java.math.BigDecimal;

/** ECTS credit amounts as rules, checks and progress spell them: one spelling per amount, so 7.50 equals 7.5. */
final class Credits {

    private Credits() {
    }

    static BigDecimal canonical(BigDecimal credits) {
        if (credits == null) {
            return null;
        }
        BigDecimal stripped = credits.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static BigDecimal orZero(BigDecimal credits) {
        return credits == null ? BigDecimal.ZERO : credits;
    }

    /** As a registrar reads credits: at least one decimal ("4.0", "7.5", "2.25"). */
    static String format(BigDecimal credits) {
        BigDecimal amount = canonical(orZero(credits));
        return amount.scale() < 1 ? amount.setScale(1).toPlainString() : amount.toPlainString();
    }
}
