package org.credstack.recognition.qualification.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A credential the learner holds (of any linked recipientRef, any institution the learner consented to), with the
 * achievement snapshot it was issued with: its credits and EQF level are those on the credential, not today's.
 *
 * @param credits    ECTS credits on the credential; {@code null} counts as zero
 * @param eqfLevel   EQF level on the credential; {@code null} fails any EQF minimum
 * @param validUntil end of validity, {@code null} for none; counted as expired from that instant even before
 *                   issuance reports the expiry
 */
public record HeldCredential(String credentialId, String issuerId, String achievementId, BigDecimal credits,
        Integer eqfLevel, Instant issuedAt, CredentialStatus status, Instant validUntil) {
}
