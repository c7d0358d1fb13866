package org.credstack.wallet.credential.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.credstack.platform.domain.DomainRuleViolation;

/**
 * Reads learners' credentials, only ever among a given set of recipientRefs (the caller's linked addresses). The
 * live status counts an active credential past its validUntil as EXPIRED before CredentialExpired arrives.
 */
@ApplicationScoped
public class WalletCredentialSearch {

    public static final Set<String> STATUSES = Set.of("ACTIVE", "SUSPENDED", "REVOKED", "EXPIRED", "REPLACED");

    private static final String LIVE_STATUS = "CASE WHEN status = 'ACTIVE' AND valid_until IS NOT NULL"
            + " AND valid_until <= now() THEN 'EXPIRED' ELSE status END";
    private static final String COLUMNS = "credential_id, recipient_ref, issuer_id, issuer_did, issuer_name,"
            + " achievement_id, achievement_version, achievement_name, achievement_type, credits, workload_hours,"
            + " eqf_level, skills, issued_at, valid_from, valid_until, " + LIVE_STATUS + ", status_changed_at,"
            + " status_reason, replaced_by, replaces, credential, credential_jwt";

    /** Filters; null means any. */
    public record Filter(Set<String> recipientRefs, String institution, String skill, String status) {
    }

    public record Page(List<WalletCredential> rows, String nextCursor) {
    }

    @Inject
    DataSource dataSource;

    public Optional<WalletCredential> find(Set<String> recipientRefs, String credentialId) {
        if (recipientRefs.isEmpty()) {
            return Optional.empty();
        }
        List<WalletCredential> rows = query("SELECT " + COLUMNS + " FROM " + WalletCredentialProjection.TABLE
                + " WHERE credential_id = ? AND recipient_ref = ANY (?)", credentialId, recipientRefs);
        return rows.stream().findFirst();
    }

    /**
     * Refuses credential ids that are not credentials of these addresses, naming them all (422
     * credential-not-in-wallet): a learner shares or consents to their own credentials only.
     */
    public void requireOwned(Set<String> recipientRefs, Collection<String> credentialIds) {
        Set<String> missing = new TreeSet<>(credentialIds);
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT credential_id FROM " + WalletCredentialProjection.TABLE
                        + " WHERE credential_id = ANY (?) AND recipient_ref = ANY (?)")) {
            select.setArray(1, c.createArrayOf("varchar", credentialIds.toArray()));
            select.setArray(2, c.createArrayOf("varchar", recipientRefs.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    missing.remove(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading wallet credentials", e);
        }
        if (!missing.isEmpty()) {
            throw new DomainRuleViolation("credential-not-in-wallet", "Not credentials of this wallet: "
                    + List.copyOf(missing), DomainRuleViolation.Kind.INVALID);
        }
    }

    /** Newest first; the cursor is the last row's (issuedAt, id). */
    public Page list(Filter filter, String cursor, int limit) {
        if (filter.recipientRefs().isEmpty()) {
            return new Page(List.of(), null);
        }
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM " + WalletCredentialProjection.TABLE
                + " WHERE recipient_ref = ANY (?)");
        List<Object> args = new ArrayList<>(List.of(filter.recipientRefs()));
        if (filter.institution() != null) {
            sql.append(" AND issuer_id = ?");
            args.add(filter.institution());
        }
        if (filter.skill() != null) {
            sql.append(" AND ? = ANY (skills)");
            args.add(filter.skill());
        }
        if (filter.status() != null) {
            sql.append(" AND ").append(LIVE_STATUS).append(" = ?");
            args.add(filter.status());
        }
        if (cursor != null) {
            Cursor after = Cursor.decode(cursor);
            sql.append(" AND (issued_at, credential_id) < (?, ?)");
            args.add(Timestamp.from(after.issuedAt()));
            args.add(after.credentialId());
        }
        sql.append(" ORDER BY issued_at DESC, credential_id DESC LIMIT ?");
        args.add(limit + 1);
        List<WalletCredential> rows = query(sql.toString(), args.toArray());
        if (rows.size() <= limit) {
            return new Page(rows, null);
        }
        WalletCredential last = rows.get(limit - 1);
        return new Page(rows.subList(0, limit), new Cursor(last.issuedAt(), last.credentialId()).encode());
    }

    private List<WalletCredential> query(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                Object arg = args[i];
                if (arg instanceof Set<?> set) {
                    select.setArray(i + 1, c.createArrayOf("varchar", set.toArray()));
                } else {
                    select.setObject(i + 1, arg);
                }
            }
            List<WalletCredential> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("reading wallet credentials", e);
        }
    }

    private static WalletCredential row(ResultSet rs) throws SQLException {
        Array skills = rs.getArray(13);
        return new WalletCredential(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getInt(7), rs.getString(8), rs.getString(9),
                rs.getBigDecimal(10), (Integer) rs.getObject(11), (Integer) rs.getObject(12),
                Arrays.asList((String[]) skills.getArray()), instant(rs, 14), instant(rs, 15), instant(rs, 16),
                rs.getString(17), instant(rs, 18), rs.getString(19), rs.getString(20), rs.getString(21),
                rs.getString(22), rs.getString(23));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** Keyset position; opaque to clients. A malformed cursor is the caller's error (400). */
    record Cursor(Instant issuedAt, String credentialId) {
        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((issuedAt + "|" + credentialId)
                    .getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String text) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", 2);
                return new Cursor(Instant.parse(parts[0]), parts[1]);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("cursor is not a cursor this API returned");
            }
        }
    }
}
