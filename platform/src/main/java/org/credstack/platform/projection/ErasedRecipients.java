package org.credstack.platform.projection;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The erased learners' recipientRefs a projection remembers, with the time of erasure. Topics are replayed in no
 * particular order relative to each other, so a rebuild may meet LearnerErased before the credentials it erased;
 * a projection that keeps this table skips a credential issued to a remembered recipientRef at or before its erasure
 * (D23). A credential issued after the erasure counts again.
 */
public final class ErasedRecipients {

    private ErasedRecipients() {
    }

    /** DDL of the table {@code table} (schema-qualified). */
    public static String createTable(String table) {
        return "CREATE TABLE " + table + " (recipient_ref VARCHAR(64) PRIMARY KEY, erased_at TIMESTAMPTZ NOT NULL)";
    }

    /** Remembers {@code refs} as erased at {@code erasedAt} (the later erasure wins). */
    public static void remember(Connection c, String table, Array refs, Instant erasedAt) throws SQLException {
        try (PreparedStatement remember = c.prepareStatement("INSERT INTO " + table
                + " AS e (recipient_ref, erased_at) SELECT ref, ? FROM unnest(?::varchar[]) AS ref"
                + " ON CONFLICT (recipient_ref) DO UPDATE SET erased_at = GREATEST(e.erased_at, EXCLUDED.erased_at)")) {
            remember.setTimestamp(1, Timestamp.from(erasedAt));
            remember.setArray(2, refs);
            remember.executeUpdate();
        }
    }

    /**
     * The erasures a rebuild loader has met so far, kept in memory (the loader is its fresh generation's only writer):
     * a credential issued before its learner's erasure is not loaded, as the live path's tombstone check would skip it.
     */
    public static final class Met {

        private final java.util.Map<String, Instant> erasedAt = new java.util.HashMap<>();

        public void remember(org.credstack.events.learner.LearnerErased erased) {
            erased.recipientRefs().forEach(ref -> erasedAt.merge(ref, erased.erasedAt(),
                    (a, b) -> a.isAfter(b) ? a : b));
        }

        /**
         * Whether an erasure met so far removes a credential of {@code recipientRef} issued at {@code issuedAt}, which
         * is read only for an erased recipient (parsing every credential's instant was a tenth of a rebuild's replay).
         */
        public boolean erases(String recipientRef, Supplier<Instant> issuedAt) {
            Instant at = erasedAt.get(recipientRef);
            return at != null && !issuedAt.get().isAfter(at);
        }
    }
}
