package org.credstack.issuance.credential.application;

import java.time.Instant;

/**
 * What an issuer asks for: a credential of an achievement for one recipient.
 *
 * @param achievementVersion {@code null} for the current published version
 * @param validFrom          {@code null} for now
 * @param validUntil         {@code null} for the achievement's validity period after validFrom (if it has one)
 * @param replaces           the credential this one corrects (amendment by re-issue), or {@code null}
 * @param batchId            the bulk issuance batch it belongs to, or {@code null}
 * @param award              the recognition award it answers, or {@code null}
 */
public record IssueRequest(String issuerId, String achievementId, Integer achievementVersion, String email,
                           String learnerId, String displayName, Instant validFrom, Instant validUntil,
                           String replaces, String batchId, Award award) {

    public IssueRequest(String issuerId, String achievementId, Integer achievementVersion, String email,
                        String learnerId, String displayName, Instant validFrom, Instant validUntil) {
        this(issuerId, achievementId, achievementVersion, email, learnerId, displayName, validFrom, validUntil, null,
                null, null);
    }

    public IssueRequest replacing(String credentialId) {
        return new IssueRequest(issuerId, achievementId, achievementVersion, email, learnerId, displayName, validFrom,
                validUntil, credentialId, batchId, award);
    }

    public IssueRequest inBatch(String id) {
        return new IssueRequest(issuerId, achievementId, achievementVersion, email, learnerId, displayName, validFrom,
                validUntil, replaces, id, award);
    }

    public IssueRequest forAward(Award value) {
        return new IssueRequest(issuerId, achievementId, achievementVersion, email, learnerId, displayName, validFrom,
                validUntil, replaces, batchId, value);
    }
}
