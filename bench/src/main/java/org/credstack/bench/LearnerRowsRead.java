package org.credstack.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw limit beside a progress re-evaluation: PostgreSQL reading one learner's rows of recognition's
 * {@code learner_credential} alone, with the query the re-evaluation starts with (LearnerRecords: the same columns,
 * {@code recipient_ref = ANY (?)}), every column of every row read. One connection, statement prepared per read as the
 * service does (pgjdbc switches to a server-side prepared statement after a few uses, as on the service's pooled
 * connections). Also the look-ups the benchmark needs in that database: the learner's recipientRef (issuance
 * derives it from the address with the platform secret, which the bench does not know), credentials' statuses and
 * the number of published qualifications.
 */
final class LearnerRowsRead {

    static final String QUERY = "SELECT credential_id, issuer_id, achievement_id, credits, eqf_level, issued_at, status,"
            + " valid_until, award_id FROM learner_credential WHERE recipient_ref = ANY (?)";

    /** One measurement: latencies (ms) of the reads and the rows each read returned. */
    record Result(LatencySummary latency, int rows, double seconds) {
    }

    private LearnerRowsRead() {
    }

    /** Reads the learner's rows {@code warmup} times unrecorded, then {@code reads} times recorded. */
    static Result measure(Connection c, List<String> recipientRefs, int warmup, int reads) throws SQLException {
        int rows = 0;
        for (int i = 0; i < warmup; i++) {
            read(c, recipientRefs);
        }
        long[] micros = new long[reads];
        long start = System.nanoTime();
        for (int i = 0; i < reads; i++) {
            long t = System.nanoTime();
            rows = read(c, recipientRefs);
            micros[i] = (System.nanoTime() - t) / 1000;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(ReevaluationTimings.percentiles(micros), rows, seconds);
    }

    /** One read; returns the rows. */
    static int read(Connection c, List<String> recipientRefs) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(QUERY)) {
            Array refs = c.createArrayOf("varchar", recipientRefs.toArray());
            q.setArray(1, refs);
            int rows = 0;
            long touch = 0;
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    touch += rs.getString(1).length() + rs.getString(2).length() + rs.getString(3).length();
                    java.math.BigDecimal credits = rs.getBigDecimal(4);
                    touch += rs.getInt(5) + (credits == null ? 0 : credits.scale());
                    touch += rs.getTimestamp(6).getTime() + rs.getString(7).length();
                    java.sql.Timestamp until = rs.getTimestamp(8);
                    touch += until == null ? 0 : until.getTime();
                    String award = rs.getString(9);
                    touch += award == null ? 0 : award.length();
                    rows++;
                }
            }
            if (touch == Long.MIN_VALUE) {
                throw new IllegalStateException("unreachable"); // keeps the reads from being optimised away
            }
            return rows;
        }
    }

    /** The recipientRef recognition holds for a credential, waiting up to {@code bound} for it to arrive. */
    static String recipientRef(Connection c, String credentialId, Duration bound)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (true) {
            String ref = single(c, "SELECT recipient_ref FROM learner_credential WHERE credential_id = ?", credentialId);
            if (ref != null) {
                return ref;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("recognition did not record credential " + credentialId + " within "
                        + Durations.format(bound) + " (learner-credentials projection behind or stopped?)");
            }
            Thread.sleep(100);
        }
    }

    /** The statuses recognition holds for the credentials (those it knows). */
    static Map<String, String> statuses(Connection c, Collection<String> credentialIds) throws SQLException {
        Map<String, String> out = new HashMap<>();
        if (credentialIds.isEmpty()) {
            return out;
        }
        try (PreparedStatement q = c.prepareStatement("SELECT credential_id, status FROM learner_credential"
                + " WHERE credential_id = ANY (?)")) {
            q.setArray(1, c.createArrayOf("varchar", credentialIds.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /** How many credentials recognition holds for the recipientRef. */
    static long count(Connection c, String recipientRef) throws SQLException {
        return Long.parseLong(single(c, "SELECT count(*) FROM learner_credential WHERE recipient_ref = ?",
                recipientRef));
    }

    /** Qualifications published on the stack: every one is evaluated for every learner re-evaluated. */
    static long publishedQualifications(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT count(DISTINCT qualification_id) FROM qualification_version"
                + " WHERE published_at IS NOT NULL"); ResultSet rs = q.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static String single(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, arg);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
