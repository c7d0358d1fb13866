package org.credstack.recognition.qualification.domain;

import java.math.BigDecimal;

/**
 * Credits a decided RPL claim recognised: toward a qualification as a whole, or toward one achievement (then it fills
 * that component). Exactly one of the two ids is set, as in {@code RplDecisionMade}. A claim with no credits awarded
 * (rejected) does not count.
 */
public record RplCredit(String claimId, String qualificationId, String achievementId, BigDecimal credits) {
}
