package org.credstack.recognition.qualification.domain;

import java.math.BigDecimal;

/**
 * An institution's credit transfer rule, valid for all its qualifications: a credential of {@code achievementId}
 * from {@code issuerId} counts as the institution's achievement {@code countsAs}, for {@code credits}.
 */
public record CreditEquivalence(String equivalenceId, String issuerId, String achievementId, String countsAs,
        BigDecimal credits) {
}
