package org.credstack.recognition.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Questions about learners' consents and wallets, answered from the {@code learner-credentials} projection. Plain
 * JDBC on the service's datasource: callable from a request, a Kafka consumer or a scheduled job alike, and inside
 * a running transaction it reads in that transaction. What it answers lags the wallet by the projection's delivery
 * (milliseconds usually); a consent the learner just gave may not cover yet.
 */
@ApplicationScoped
public class Consents {

    /**
     * A consent as the wallet published it.
     *
     * @param purpose   {@code qualification:<id>}, {@code rpl:<claimId>}, or null for any purpose of the grantee
     * @param expiresAt null when it lasts until revoked
     * @param revokedAt when the learner withdrew it (the wallet's time), null while in force
     */
    public record Consent(String consentId, String walletId, String granteeTenant, List<String> credentialIds,
                          String purpose, Instant expiresAt, Instant grantedAt, Instant revokedAt) {

        /**
         * The covering rule, in one place: the consent lets {@code tenant} count {@code credentialId} for
         * {@code purpose} at {@code at} when it names that tenant and credential, its purpose is null (any purpose of
         * the tenant) or equal to {@code purpose}, it is not revoked (whenever that was: the learner withdrew it) and
         * it has not expired at {@code at}. A null {@code purpose} asks for no purpose in particular: only consents
         * for any purpose cover it.
         */
        public boolean covers(String tenant, String credentialId, String purpose, Instant at) {
            return granteeTenant.equals(tenant) && credentialIds.contains(credentialId)
                    && (this.purpose == null || this.purpose.equals(purpose))
                    && revokedAt == null && (expiresAt == null || expiresAt.isAfter(at));
        }
    }

    @Inject
    DataSource dataSource;

    /** Whether some consent of the wallet lets {@code tenant} count the credential for {@code purpose} at {@code at}. */
    public boolean covers(String tenant, String walletId, String credentialId, String purpose, Instant at) {
        return !covering(tenant, walletId, credentialId, purpose, at).isEmpty();
    }

    /** The consents of the wallet that cover it ({@link Consent#covers}), oldest first. */
    public List<Consent> covering(String tenant, String walletId, String credentialId, String purpose, Instant at) {
        Objects.requireNonNull(at, "at");
        return query("SELECT " + COLUMNS + " FROM consent WHERE wallet_id = ? AND grantee_tenant = ?"
                        + " AND ? = ANY (credential_ids) ORDER BY granted_at, consent_id", Consents::consent,
                walletId, tenant, credentialId).stream()
                .filter(consent -> consent.covers(tenant, credentialId, purpose, at)).toList();
    }

    /** Every consent of the wallet, revoked and expired ones included, oldest first. */
    public List<Consent> ofWallet(String walletId) {
        return query("SELECT " + COLUMNS + " FROM consent WHERE wallet_id = ? ORDER BY granted_at, consent_id",
                Consents::consent, walletId);
    }

    /** The recipientRefs linked to the wallet now, sorted; empty for a wallet recognition has not heard of. */
    public List<String> recipientRefs(String walletId) {
        return query("SELECT recipient_ref FROM wallet_link WHERE wallet_id = ? ORDER BY recipient_ref",
                rs -> rs.getString(1), walletId);
    }

    /**
     * The wallet the recipientRef belongs to; empty when none is known, and then the recipientRef is a learner of
     * its own (design: a ref not yet linked to a wallet is a learner). Should two wallets hold it for a moment (a
     * move between wallets seen out of order), the most recent link wins.
     */
    public Optional<String> walletOf(String recipientRef) {
        return query("SELECT wallet_id FROM wallet_link WHERE recipient_ref = ? ORDER BY linked_at DESC, wallet_id"
                + " LIMIT 1", rs -> rs.getString(1), recipientRef).stream().findFirst();
    }

    /** The consent table's columns in the order {@link #consent} reads them. */
    public static final String COLUMNS = "consent_id, wallet_id, grantee_tenant, credential_ids, purpose,"
            + " expires_at, granted_at, revoked_at";

    /** A consent from a row whose first columns are {@link #COLUMNS}. */
    public static Consent consent(ResultSet rs) throws SQLException {
        Array ids = rs.getArray(4);
        return new Consent(rs.getString(1), rs.getString(2), rs.getString(3),
                List.copyOf(Arrays.asList((String[]) ids.getArray())), rs.getString(5), instant(rs.getTimestamp(6)),
                instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setString(i + 1, (String) args[i]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the learner-credentials projection", e);
        }
    }
}
