package org.credstack.issuance.credential.award.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The award_request table, with plain JDBC (its arrays read as arrays). Every method runs in the caller's
 * transaction: the datasource's connection is enlisted in it, so a row's new state commits with the commands of the
 * same transaction. Times come from the database's clock, the one every replica shares.
 */
@ApplicationScoped
public class AwardRequestStore {

    private static final String COLUMNS = "award_id, issuer_id, qualification_id, qualification_version, "
            + "target_achievement_id, learner_id, recipient_refs, counted_credential_ids, credits, state, "
            + "credential_id, reason, withdrawal_reason, actor, correlation_id, attempts, due_at, requested_at, "
            + "received_at, updated_at";
    static final int MAX_REASON = 2000;

    @Inject
    DataSource dataSource;

    /** Locks the next request with work due that no other transaction (worker, replica) holds; empty if none. */
    Optional<AwardRequest> claimDue() {
        return one("SELECT " + COLUMNS + " FROM award_request WHERE state IN ('PENDING', 'WITHDRAWING') "
                + "AND due_at <= now() ORDER BY due_at, award_id LIMIT 1 FOR UPDATE SKIP LOCKED");
    }

    /** Locks one request, waiting for a transaction that holds it. */
    Optional<AwardRequest> lock(String awardId) {
        return one("SELECT " + COLUMNS + " FROM award_request WHERE award_id = ? FOR UPDATE", awardId);
    }

    void issued(String awardId, String credentialId) {
        update("state = 'ISSUED', credential_id = ?, attempts = 0", awardId, credentialId);
    }

    void revoked(String awardId) {
        update("state = 'REVOKED', attempts = 0", awardId);
    }

    void failed(String awardId, String reason) {
        String bounded = reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
        update("state = 'FAILED', reason = ?", awardId, bounded);
    }

    void retryAfter(String awardId, int attempts, Duration delay) {
        update("attempts = ?, due_at = now() + ? * interval '1 millisecond'", awardId, attempts, delay.toMillis());
    }

    /** How many requests are in each state (states without any: 0). */
    public Map<AwardState, Long> counts() {
        Map<AwardState, Long> counts = new EnumMap<>(AwardState.class);
        Arrays.stream(AwardState.values()).forEach(state -> counts.put(state, 0L));
        query("SELECT state, count(*) FROM award_request GROUP BY state", List.of(),
                rs -> counts.put(AwardState.valueOf(rs.getString(1)), rs.getLong(2)));
        return counts;
    }

    /** The most recently received requests, of one state and one issuer when given. */
    public List<AwardRequest> list(AwardState state, String issuerId, int limit) {
        List<AwardRequest> found = new ArrayList<>();
        query("SELECT " + COLUMNS + " FROM award_request WHERE (?::varchar IS NULL OR state = ?) "
                        + "AND (?::varchar IS NULL OR issuer_id = ?) ORDER BY received_at DESC, award_id LIMIT ?",
                Arrays.asList(state == null ? null : state.name(), state == null ? null : state.name(), issuerId,
                        issuerId, limit), rs -> found.add(row(rs)));
        return found;
    }

    private Optional<AwardRequest> one(String sql, Object... args) {
        List<AwardRequest> found = new ArrayList<>(1);
        query(sql, Arrays.asList(args), rs -> found.add(row(rs)));
        return found.stream().findFirst();
    }

    private void update(String assignments, String awardId, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE award_request SET " + assignments + ", updated_at = now() WHERE award_id = ?")) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.setString(args.length + 1, awardId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update award request " + awardId, e);
        }
    }

    private interface RowHandler {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<Object> args, RowHandler handler) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                s.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    handler.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read award requests", e);
        }
    }

    private static AwardRequest row(ResultSet rs) throws SQLException {
        int version = rs.getInt(4);
        Integer qualificationVersion = rs.wasNull() ? null : version;
        return new AwardRequest(rs.getString(1), rs.getString(2), rs.getString(3), qualificationVersion,
                rs.getString(5), rs.getString(6), strings(rs.getArray(7)), strings(rs.getArray(8)),
                rs.getBigDecimal(9), AwardState.valueOf(rs.getString(10)), rs.getString(11), rs.getString(12),
                rs.getString(13), rs.getString(14), rs.getString(15), rs.getInt(16), instant(rs, 17),
                instant(rs, 18), instant(rs, 19), instant(rs, 20));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
