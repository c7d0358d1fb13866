package org.credstack.recognition.qualification.domain;

import java.math.BigDecimal;

/**
 * One item that counts, and for what.
 *
 * @param itemId    the credentialId, the claimId (RPL) or the qualificationId (nested)
 * @param via       the institution's equivalenceId for CREDIT_TRANSFER, otherwise {@code null}
 * @param component the component it fills, {@code null} for RPL toward the qualification as a whole
 * @param credits   the credits counted, after the maxRplShare cap
 * @param cutByCap  the credits the cap left out (zero when it did not apply)
 */
public record CountedCredit(CreditSource source, String itemId, String via, String component, BigDecimal credits,
        BigDecimal cutByCap) {
}
