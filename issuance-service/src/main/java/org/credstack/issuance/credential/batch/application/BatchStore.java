package org.credstack.issuance.credential.batch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.credstack.issuance.credential.application.IssueRequest;

/**
 * The credential_batch and credential_batch_row tables, with plain JDBC: rows are written and claimed by the
 * thousand. Every method runs in the caller's transaction (the datasource's connection is enlisted in it).
 */
@ApplicationScoped
class BatchStore {

    /** Rows per INSERT when a batch is accepted (arrays unnested by PostgreSQL: one round trip each). */
    private static final int INSERT_SLICE = 5_000;
    /** A run that saw no progress for this long starts a new rate origin: the rate reflects the current run. */
    private static final String RATE_GAP = "interval '60 seconds'";
    private static final String STATUS_COLUMNS = "batch_id, issuer_id, status, total, processed, issued, failed, "
            + "created_at, started_at, completed_at, rate_since, rate_base";

    @Inject
    DataSource dataSource;

    /** A batch to process: whose it is, and the metadata its credentials' events carry. */
    record Batch(String batchId, String issuerId, String submittedBy, String correlationId) {
    }

    /** A pending row, locked by the transaction that claimed it. */
    record Row(int rowNo, IssueRequest request) {
    }

    record Claim(Batch batch, List<Row> rows) {
    }

    void insert(Batch batch, List<IssueRequest> rows, Instant at) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO credential_batch (batch_id, issuer_id, "
                    + "submitted_by, correlation_id, status, total, created_at) VALUES (?, ?, ?, ?, 'ACCEPTED', ?, ?)")) {
                s.setString(1, batch.batchId());
                s.setString(2, batch.issuerId());
                s.setString(3, batch.submittedBy());
                s.setString(4, batch.correlationId());
                s.setInt(5, rows.size());
                s.setObject(6, time(at));
                s.executeUpdate();
            }
            for (int from = 0; from < rows.size(); from += INSERT_SLICE) {
                insertRows(c, batch.batchId(), rows, from, Math.min(rows.size(), from + INSERT_SLICE));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store batch " + batch.batchId(), e);
        }
    }

    private static void insertRows(Connection c, String batchId, List<IssueRequest> rows, int from, int to)
            throws SQLException {
        int n = to - from;
        Integer[] numbers = new Integer[n];
        String[] achievements = new String[n];
        Integer[] versions = new Integer[n];
        String[] emails = new String[n];
        String[] learnerIds = new String[n];
        String[] names = new String[n];
        String[] validFrom = new String[n];
        String[] validUntil = new String[n];
        for (int i = 0; i < n; i++) {
            IssueRequest row = rows.get(from + i);
            numbers[i] = from + i;
            achievements[i] = row.achievementId();
            versions[i] = row.achievementVersion();
            emails[i] = row.email();
            learnerIds[i] = row.learnerId();
            names[i] = row.displayName();
            validFrom[i] = row.validFrom() == null ? null : row.validFrom().toString();
            validUntil[i] = row.validUntil() == null ? null : row.validUntil().toString();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO credential_batch_row (batch_id, row_no, "
                + "achievement_id, achievement_version, email, learner_id, display_name, valid_from, valid_until, "
                + "status) SELECT ?, r.n, r.a, r.v, r.e, r.l, r.d, r.f::timestamptz, r.u::timestamptz, 'PENDING' "
                + "FROM unnest(?::int[], ?::varchar[], ?::int[], ?::varchar[], ?::varchar[], ?::varchar[], "
                + "?::text[], ?::text[]) AS r (n, a, v, e, l, d, f, u)")) {
            s.setString(1, batchId);
            s.setArray(2, c.createArrayOf("integer", numbers));
            s.setArray(3, c.createArrayOf("varchar", achievements));
            s.setArray(4, c.createArrayOf("integer", versions));
            s.setArray(5, c.createArrayOf("varchar", emails));
            s.setArray(6, c.createArrayOf("varchar", learnerIds));
            s.setArray(7, c.createArrayOf("varchar", names));
            s.setArray(8, c.createArrayOf("text", validFrom));
            s.setArray(9, c.createArrayOf("text", validUntil));
            s.executeUpdate();
        }
    }

    Optional<BatchStatus> find(String batchId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT " + STATUS_COLUMNS + " FROM credential_batch WHERE batch_id = ?")) {
            s.setString(1, batchId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(status(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read batch " + batchId, e);
        }
    }

    /** Processed rows after {@code afterRow} in row order, of one outcome or both ({@code null}). */
    List<RowResult> results(String batchId, int afterRow, RowResult.Outcome only, int limit) {
        String filter = only == null ? "status <> 'PENDING'" : "status = '" + only.name() + "'";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT row_no, status, credential_id, reason FROM credential_batch_row WHERE batch_id = ? AND "
                        + filter + " AND row_no > ? ORDER BY row_no LIMIT ?")) {
            s.setString(1, batchId);
            s.setInt(2, afterRow);
            s.setInt(3, limit);
            List<RowResult> results = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    results.add(new RowResult(rs.getInt(1), RowResult.Outcome.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getString(4)));
                }
            }
            return results;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the results of batch " + batchId, e);
        }
    }

    /**
     * Locks up to {@code limit} pending rows of the oldest batch that has any not locked by another transaction
     * (another worker or replica), in row order.
     */
    Optional<Claim> claimNext(int limit) {
        try (Connection c = dataSource.getConnection()) {
            List<Batch> open = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT batch_id, issuer_id, submitted_by, correlation_id "
                    + "FROM credential_batch WHERE status <> 'COMPLETED' ORDER BY created_at, batch_id LIMIT 20")) {
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        open.add(new Batch(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            for (Batch batch : open) {
                List<Row> rows = lockPending(c, batch, "ORDER BY row_no LIMIT " + limit, null);
                if (!rows.isEmpty()) {
                    return Optional.of(new Claim(batch, rows));
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim batch rows", e);
        }
    }

    /** Locks one row if it is still pending and no other transaction holds it. */
    Optional<Claim> claimRow(Batch batch, int rowNo) {
        try (Connection c = dataSource.getConnection()) {
            List<Row> rows = lockPending(c, batch, "AND row_no = ?", rowNo);
            return rows.isEmpty() ? Optional.empty() : Optional.of(new Claim(batch, rows));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim row " + rowNo + " of batch " + batch.batchId(), e);
        }
    }

    private static List<Row> lockPending(Connection c, Batch batch, String condition, Integer rowNo)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT row_no, achievement_id, achievement_version, email, "
                + "learner_id, display_name, valid_from, valid_until FROM credential_batch_row "
                + "WHERE batch_id = ? AND status = 'PENDING' " + condition + " FOR UPDATE SKIP LOCKED")) {
            s.setString(1, batch.batchId());
            if (rowNo != null) {
                s.setInt(2, rowNo);
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int version = rs.getInt(3);
                    Integer achievementVersion = rs.wasNull() ? null : version;
                    rows.add(new Row(rs.getInt(1), new IssueRequest(batch.issuerId(), rs.getString(2),
                            achievementVersion, rs.getString(4), rs.getString(5), rs.getString(6),
                            instant(rs.getObject(7, OffsetDateTime.class)),
                            instant(rs.getObject(8, OffsetDateTime.class))).inBatch(batch.batchId())));
                }
            }
            return rows;
        }
    }

    /**
     * Records the outcomes of claimed rows (clearing their personal data) and adds them to the batch's counters,
     * completing the batch when its last row is done.
     *
     * @param runStart when the work on these rows began: the batch's start, if it is the first work on it
     * @return the batch as it stands after this change
     */
    BatchStatus record(String batchId, List<RowResult> results, Instant runStart, Instant now) {
        int issued = (int) results.stream().filter(r -> r.outcome() == RowResult.Outcome.ISSUED).count();
        int failed = results.size() - issued;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("UPDATE credential_batch_row SET status = ?, "
                    + "credential_id = ?, reason = ?, processed_at = ?, email = NULL, learner_id = NULL, "
                    + "display_name = NULL WHERE batch_id = ? AND row_no = ? AND status = 'PENDING'")) {
                for (RowResult result : results) {
                    s.setString(1, result.outcome().name());
                    s.setString(2, result.credentialId());
                    s.setString(3, result.reason());
                    s.setObject(4, time(now));
                    s.setString(5, batchId);
                    s.setInt(6, result.row());
                    s.addBatch();
                }
                for (int count : s.executeBatch()) {
                    if (count != 1 && count != java.sql.Statement.SUCCESS_NO_INFO) {
                        throw new IllegalStateException("A row of batch " + batchId + " was no longer pending");
                    }
                }
            }
            String restart = "(rate_since IS NULL OR progress_at < CAST(? AS timestamptz) - " + RATE_GAP + ")";
            try (PreparedStatement s = c.prepareStatement("UPDATE credential_batch SET "
                    + "processed = processed + ?, issued = issued + ?, failed = failed + ?, "
                    + "status = CASE WHEN processed + ? >= total THEN 'COMPLETED' ELSE 'RUNNING' END, "
                    + "completed_at = CASE WHEN processed + ? >= total THEN CAST(? AS timestamptz) END, "
                    + "started_at = COALESCE(started_at, CAST(? AS timestamptz)), "
                    + "rate_since = CASE WHEN " + restart + " THEN CAST(? AS timestamptz) ELSE rate_since END, "
                    + "rate_base = CASE WHEN " + restart + " THEN processed ELSE rate_base END, "
                    + "progress_at = ? WHERE batch_id = ? RETURNING " + STATUS_COLUMNS)) {
                int i = 0;
                s.setInt(++i, results.size());
                s.setInt(++i, issued);
                s.setInt(++i, failed);
                s.setInt(++i, results.size());
                s.setInt(++i, results.size());
                s.setObject(++i, time(now));
                s.setObject(++i, time(runStart));
                s.setObject(++i, time(runStart));
                s.setObject(++i, time(runStart));
                s.setObject(++i, time(runStart));
                s.setObject(++i, time(now));
                s.setString(++i, batchId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return status(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the results of batch " + batchId, e);
        }
    }

    private static BatchStatus status(ResultSet rs) throws SQLException {
        return new BatchStatus(rs.getString(1), rs.getString(2), BatchState.valueOf(rs.getString(3)), rs.getInt(4),
                rs.getInt(5), rs.getInt(6), rs.getInt(7), instant(rs.getObject(8, OffsetDateTime.class)),
                instant(rs.getObject(9, OffsetDateTime.class)), instant(rs.getObject(10, OffsetDateTime.class)),
                instant(rs.getObject(11, OffsetDateTime.class)), rs.getInt(12));
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
