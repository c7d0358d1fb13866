package org.credstack.wallet.credential.projection;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.credstack.platform.persistence.CopyRows;

/**
 * The wallet's row of one {@code CredentialIssued}, read from the event's JSON with a streaming parser: a rebuild
 * replays every credential ever issued, and binding the whole event (the signed credential as a tree, copied, then
 * written back to text) costs several times more than the row needs. The signed credential is kept as the exact
 * bytes of the event, the text the live path stores. Field names are the contract's (pinned by credential-events).
 */
final class IssuedRow {

    private static final JsonFactory JSON = new JsonFactory();

    String credentialId;
    String recipientRef;
    String issuerId;
    String issuerDid;
    String issuerName;
    String achievementId;
    String achievementVersion;
    String achievementName;
    String achievementType;
    String credits;
    String workloadHours;
    String eqfLevel;
    final List<String> skills = new ArrayList<>();
    String issuedAt;
    String validFrom;
    String validUntil;
    String replaces;
    String credentialJwt;
    private byte[] source;
    private int credentialFrom;
    private int credentialTo;
    private int jwtFrom;
    private int jwtTo;
    String status = "ACTIVE";
    String statusChangedAt;
    String statusReason;
    String replacedBy;

    static IssuedRow parse(byte[] json) throws IOException {
        IssuedRow row = new IssuedRow();
        row.source = json;
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
                    case "achievementVersion" -> row.achievementVersion = p.getText();
                    case "issuedAt" -> row.issuedAt = p.getValueAsString();
                    case "validFrom" -> row.validFrom = p.getValueAsString();
                    case "validUntil" -> row.validUntil = p.getValueAsString();
                    case "replaces" -> row.replaces = p.getValueAsString();
                    case "credentialJwt" -> row.jwt(p, value, json);
                    case "credential" -> {
                        expect(value, JsonToken.START_OBJECT);
                        row.credentialFrom = (int) p.currentTokenLocation().getByteOffset();
                        p.skipChildren();
                        row.credentialTo = (int) p.currentLocation().getByteOffset();
                    }
                    case "achievement" -> row.achievement(p, value);
                    case "issuer" -> row.issuer(p, value);
                    default -> p.skipChildren();
                }
            }
        }
        if (row.credentialId == null || row.recipientRef == null || row.issuedAt == null || row.credentialTo == 0) {
            throw new IOException("CredentialIssued without credentialId, recipientRef, issuedAt or credential");
        }
        return row;
    }

    Instant issuedAt() {
        return Instant.parse(issuedAt);
    }

    void appendTo(CopyRows rows) {
        rows.text(credentialId).text(recipientRef).text(issuerId).text(issuerDid).text(issuerName).text(achievementId)
                .text(achievementVersion).text(achievementName).text(achievementType).text(credits)
                .text(workloadHours).text(eqfLevel).textArray(skills).text(issuedAt).text(validFrom).text(validUntil)
                .text(status).text(statusChangedAt).text(statusReason).text(replacedBy).text(replaces)
                .bytes(source, credentialFrom, credentialTo);
        if (jwtTo > 0) {
            rows.bytes(source, jwtFrom, jwtTo);
        } else {
            rows.text(credentialJwt);
        }
        rows.endRow();
    }

    static final String COLUMNS = "(credential_id, recipient_ref, issuer_id, issuer_did, issuer_name, achievement_id,"
            + " achievement_version, achievement_name, achievement_type, credits, workload_hours, eqf_level, skills,"
            + " issued_at, valid_from, valid_until, status, status_changed_at, status_reason, replaced_by, replaces,"
            + " credential, credential_jwt)";

    /**
     * A compact JWT is base64url and dots, never escaped in JSON: its bytes are copied as they are. Anything else is
     * read as a string.
     */
    private void jwt(JsonParser p, JsonToken value, byte[] json) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            credentialJwt = p.getValueAsString();
            return;
        }
        int from = (int) p.currentTokenLocation().getByteOffset() + 1;
        int to = from + p.getTextLength();
        boolean plain = to < json.length && json[to] == '"';
        for (int i = from; plain && i < to; i++) {
            plain = json[i] != '\\' && json[i] > 0;
        }
        if (plain) {
            jwtFrom = from;
            jwtTo = to;
        } else {
            credentialJwt = p.getValueAsString();
        }
    }

    private void achievement(JsonParser p, JsonToken value) throws IOException {
        expect(value, JsonToken.START_OBJECT);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken token = p.nextToken();
            switch (field) {
                case "name" -> achievementName = p.getValueAsString();
                case "achievementType" -> achievementType = p.getValueAsString();
                case "creditsAvailable" -> credits = token == JsonToken.VALUE_NULL ? null : p.getText();
                case "workloadHours" -> workloadHours = token == JsonToken.VALUE_NULL ? null : p.getText();
                case "eqfLevel" -> eqfLevel = token == JsonToken.VALUE_NULL ? null : p.getText();
                case "skills" -> skills(p, token);
                default -> p.skipChildren();
            }
        }
    }

    private void skills(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("uri")) {
                    skills.add(p.getValueAsString());
                } else {
                    p.skipChildren();
                }
            }
        }
    }

    private void issuer(JsonParser p, JsonToken value) throws IOException {
        expect(value, JsonToken.START_OBJECT);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "did" -> issuerDid = p.getValueAsString();
                case "name" -> issuerName = p.getValueAsString();
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
