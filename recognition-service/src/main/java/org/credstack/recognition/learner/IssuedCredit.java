package org.credstack.recognition.learner;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import org.credstack.platform.persistence.CopyRows;

/**
 * Recognition's row of one {@code CredentialIssued}, read with a streaming parser that skips the signed credential
 * and its JWT (most of the event's bytes, and nothing recognition counts): a rebuild reads every credential ever
 * issued. Field names are the contract's (pinned by credential-events); the live path binds the same fields from the
 * decoded event ({@link LearnerCredentialProjection}).
 */
final class IssuedCredit {

    private static final JsonFactory JSON = new JsonFactory();

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
        try (JsonParser p = JSON.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "credentialId" -> row.credentialId = p.getValueAsString();
                    case "recipientRef" -> row.recipientRef = p.getValueAsString();
                    case "issuerId" -> row.issuerId = p.getValueAsString();
                    case "achievementId" -> row.achievementId = p.getValueAsString();
                    case "issuedAt" -> row.issuedAt = p.getValueAsString();
                    case "validUntil" -> row.validUntil = p.getValueAsString();
                    case "awardId" -> row.awardId = p.getValueAsString();
                    case "achievement" -> row.achievement(p, value);
                    default -> p.skipChildren();
                }
            }
        }
        if (row.credentialId == null || row.recipientRef == null || row.issuerId == null
                || row.achievementId == null || row.issuedAt == null) {
            throw new IOException("CredentialIssued without credentialId, recipientRef, issuerId, achievementId or"
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

    private void achievement(JsonParser p, JsonToken value) throws IOException {
        expect(value, JsonToken.START_OBJECT);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken token = p.nextToken();
            switch (field) {
                case "creditsAvailable" -> credits = token == JsonToken.VALUE_NULL ? null : p.getText();
                case "eqfLevel" -> eqfLevel = token == JsonToken.VALUE_NULL ? null : p.getText();
                default -> p.skipChildren();
            }
        }
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual);
        }
    }
}
