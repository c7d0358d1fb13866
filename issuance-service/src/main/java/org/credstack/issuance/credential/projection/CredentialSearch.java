package org.credstack.issuance.credential.projection;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GET /v1/credentials: one institution's credentials, newest first, with keyset pagination (the cursor is the
 * position of the last row returned, so pages stay stable while credentials are being issued).
 */
public final class CredentialSearch {

    private CredentialSearch() {
    }

    /** Filters: each null means any. */
    public record Filter(String issuerId, String recipientRef, String achievementId, CredentialStatus status) {
    }

    public record Page(List<CredentialRecord> rows, String nextCursor) {
    }

    /** @throws IllegalArgumentException for a cursor this service did not hand out */
    public static Page find(Filter filter, String cursor, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("issuerId = :issuer");
        params.put("issuer", filter.issuerId());
        if (filter.recipientRef() != null) {
            where.append(" and recipientRef = :recipient");
            params.put("recipient", filter.recipientRef());
        }
        if (filter.achievementId() != null) {
            where.append(" and achievementId = :achievement");
            params.put("achievement", filter.achievementId());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status());
        }
        if (cursor != null) {
            Position after = Position.decode(cursor);
            where.append(" and (issuedAt < :at or (issuedAt = :at and credentialId < :id))");
            params.put("at", after.issuedAt());
            params.put("id", after.credentialId());
        }
        List<CredentialRecord> rows = CredentialRecord.<CredentialRecord>find(
                where + " order by issuedAt desc, credentialId desc", params).range(0, limit).list();
        if (rows.size() <= limit) {
            return new Page(rows, null);
        }
        CredentialRecord last = rows.get(limit - 1);
        return new Page(rows.subList(0, limit), new Position(last.issuedAt, last.credentialId).encode());
    }

    record Position(Instant issuedAt, String credentialId) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    (issuedAt.getEpochSecond() + ":" + credentialId).getBytes(StandardCharsets.UTF_8));
        }

        static Position decode(String cursor) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                int colon = text.indexOf(':');
                return new Position(Instant.ofEpochSecond(Long.parseLong(text.substring(0, colon))),
                        text.substring(colon + 1));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("cursor is not a cursor this API returned");
            }
        }
    }
}
