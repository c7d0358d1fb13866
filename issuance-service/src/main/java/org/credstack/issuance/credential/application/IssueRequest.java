package org.credstack.issuance.credential.application;

import java.time.Instant;

/**
 * What an issuer asks for: a credential of an achievement for one recipient.
 *
 * @param achievementVersion {@code null} for the current published version
 * @param validFrom          {@code null} for now
 * @param validUntil         {@code null} for the achievement's validity period after validFrom (if it has one)
 */
public record IssueRequest(String issuerId, String achievementId, Integer achievementVersion, String email,
                           String learnerId, String displayName, Instant validFrom, Instant validUntil) {
}
