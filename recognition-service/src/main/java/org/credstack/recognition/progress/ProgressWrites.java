package org.credstack.recognition.progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.credstack.recognition.learner.Learner;
import org.credstack.recognition.qualification.application.PublishedQualification;
import org.credstack.recognition.qualification.domain.Progress;

/**
 * The learner_progress rows a batch of re-evaluations changed, written at the end with one JDBC batch per statement
 * (a native query per row cost a round trip and a persistence-context flush each), in key order: two workers whose
 * batches share a learner (a recipientRef and its wallet queued apart) lock the rows in the same order, so they wait
 * for each other instead of deadlocking.
 */
final class ProgressWrites {

    private static final String UPSERT = "INSERT INTO learner_progress (learner_id, qualification_id, issuer_id,"
            + " version, eligible, total_credits, credits_required, recipient_refs, progress, evaluated_at, digest)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?)"
            + " ON CONFLICT (learner_id, qualification_id) DO UPDATE SET issuer_id = EXCLUDED.issuer_id,"
            + " version = EXCLUDED.version, eligible = EXCLUDED.eligible, total_credits = EXCLUDED.total_credits,"
            + " credits_required = EXCLUDED.credits_required, recipient_refs = EXCLUDED.recipient_refs,"
            + " progress = EXCLUDED.progress, evaluated_at = EXCLUDED.evaluated_at, digest = EXCLUDED.digest";

    private record Row(Learner learner, PublishedQualification qualification, Progress progress, String json,
                       String digest, Instant at) {
    }

    private final List<Row> upserts = new ArrayList<>();
    private final List<String[]> deletes = new ArrayList<>();

    void upsert(Learner learner, PublishedQualification q, Progress p, String json, String digest, Instant at) {
        upserts.add(new Row(learner, q, p, json, digest, at));
    }

    void delete(String learnerId, String qualificationId) {
        deletes.add(new String[] {learnerId, qualificationId});
    }

    void flush(Connection c) throws SQLException {
        deletes.sort(Comparator.comparing((String[] row) -> row[0]).thenComparing(row -> row[1]));
        upserts.sort(Comparator.comparing((Row row) -> row.learner().id())
                .thenComparing(row -> row.qualification().qualificationId()));
        if (!deletes.isEmpty()) {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM learner_progress WHERE learner_id = ? AND qualification_id = ?")) {
                for (String[] row : deletes) {
                    delete.setString(1, row[0]);
                    delete.setString(2, row[1]);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        }
        if (!upserts.isEmpty()) {
            try (PreparedStatement upsert = c.prepareStatement(UPSERT)) {
                for (Row row : upserts) {
                    upsert.setString(1, row.learner().id());
                    upsert.setString(2, row.qualification().qualificationId());
                    upsert.setString(3, row.qualification().issuerId());
                    upsert.setInt(4, row.qualification().version());
                    upsert.setBoolean(5, row.progress().eligible());
                    upsert.setBigDecimal(6, row.progress().totalCredits());
                    upsert.setBigDecimal(7, row.progress().creditsRequired());
                    upsert.setArray(8, c.createArrayOf("varchar", row.learner().recipientRefs().toArray()));
                    upsert.setString(9, row.json());
                    upsert.setTimestamp(10, Timestamp.from(row.at()));
                    upsert.setString(11, row.digest());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        }
        deletes.clear();
        upserts.clear();
    }
}
