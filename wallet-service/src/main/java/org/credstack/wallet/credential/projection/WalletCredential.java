package org.credstack.wallet.credential.projection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A credential as the wallet shows it, with its live status. */
public record WalletCredential(String credentialId, String recipientRef, String issuerId, String issuerDid,
                               String issuerName, String achievementId, int achievementVersion, String achievementName,
                               String achievementType, BigDecimal credits, Integer workloadHours, Integer eqfLevel,
                               List<String> skills, Instant issuedAt, Instant validFrom, Instant validUntil,
                               String status, Instant statusChangedAt, String statusReason, String replacedBy,
                               String replaces, String credential, String credentialJwt) {
}
