package org.credstack.recognition.learner;

import java.io.IOException;
import java.time.Instant;
import org.credstack.platform.persistence.CopyRows;
import org.credstack.platform.persistence.JsonSkim;

/**
 * Recognition's row of one {@code CredentialRecorded} (a CredentialIssued in brief, D42), read with {@link JsonSkim},
 * which reads the fields counted and steps over the rest (the achievement's texts, skills and outcomes) without
 * building a tree: a rebuild reads every credential ever issued. Field names are the contract's (pinned by
 * credential-events); the live path binds the same fields from the decoded event ({@link LearnerCredentialProjection}).
 */
final class IssuedCredit {

    private static final JsonSkim.Name CREDENTIAL_ID = JsonSkim.Name.of("credentialId");
    private static final JsonSkim.Name RECIPIENT_REF = JsonSkim.Name.of("recipientRef");
    private static final JsonSkim.Name ISSUER_ID = JsonSkim.Name.of("issuerId");
    private static final JsonSkim.Name ACHIEVEMENT_ID = JsonSkim.Name.of("achievementId");
    private static final JsonSkim.Name ISSUED_AT = JsonSkim.Name.of("issuedAt");
    private static final JsonSkim.Name VALID_UNTIL = JsonSkim.Name.of("validUntil");
    private static final JsonSkim.Name AWARD_ID = JsonSkim.Name.of("awardId");
    private static final JsonSkim.Name ACHIEVEMENT = JsonSkim.Name.of("achievement");
    private static final JsonSkim.Name CREDITS_AVAILABLE = JsonSkim.Name.of("creditsAvailable");
    private static final JsonSkim.Name EQF_LEVEL = JsonSkim.Name.of("eqfLevel");

    static final String COLUMNS = "(credential_id, recipient_ref, issuer_id, achievement_id, credits, eqf_level,"
            + " issued_at, valid_until, status, award_id)";

    String credentialId;
    String recipientRef;
    String issuerId;
    String achievementId;
    String credits;
    String eqfLevel;
    String issuedAt;
    String validUntil;
    String awardId;
    String status = "ACTIVE";

    static IssuedCredit parse(byte[] json) throws IOException {
        IssuedCredit row = new IssuedCredit();
        JsonSkim skim = new JsonSkim(json);
        skim.enterObject();
        while (skim.nextField()) {
            if (skim.is(CREDENTIAL_ID)) {
                row.credentialId = skim.text();
            } else if (skim.is(RECIPIENT_REF)) {
                row.recipientRef = skim.text();
            } else if (skim.is(ISSUER_ID)) {
                row.issuerId = skim.text();
            } else if (skim.is(ACHIEVEMENT_ID)) {
                row.achievementId = skim.text();
            } else if (skim.is(ISSUED_AT)) {
                row.issuedAt = skim.text();
            } else if (skim.is(VALID_UNTIL)) {
                row.validUntil = skim.text();
            } else if (skim.is(AWARD_ID)) {
                row.awardId = skim.text();
            } else if (skim.is(ACHIEVEMENT)) {
                row.achievement(skim);
            } else {
                skim.skipValue();
            }
        }
        skim.end();
        if (row.credentialId == null || row.recipientRef == null || row.issuerId == null
                || row.achievementId == null || row.issuedAt == null) {
            throw new IOException("CredentialRecorded without credentialId, recipientRef, issuerId, achievementId or"
                    + " issuedAt");
        }
        return row;
    }

    Instant issuedAt() {
        return Instant.parse(issuedAt);
    }

    void appendTo(CopyRows rows) {
        rows.text(credentialId).text(recipientRef).text(issuerId).text(achievementId).text(credits).text(eqfLevel)
                .text(issuedAt).text(validUntil).text(status).text(awardId).endRow();
    }

    private void achievement(JsonSkim skim) throws IOException {
        if (skim.skipNull()) {
            return;
        }
        skim.enterObject();
        while (skim.nextField()) {
            if (skim.is(CREDITS_AVAILABLE)) {
                credits = skim.text();
            } else if (skim.is(EQF_LEVEL)) {
                eqfLevel = skim.text();
            } else {
                skim.skipValue();
            }
        }
    }
}
