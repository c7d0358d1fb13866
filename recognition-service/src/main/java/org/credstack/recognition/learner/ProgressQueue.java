package org.credstack.recognition.learner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The learners (recipientRefs or wallet ids) a run of events queues for re-evaluation of their progress, each with
 * what changed: the achievements whose credentials were issued or changed status (only the qualifications those can
 * affect are evaluated again), or everything (a link, a consent, an RPL decision, an erasure, a rebuild). Queued into
 * {@code progress_pending}, whose {@code achievement_ids} is null for everything (D40).
 */
public final class ProgressQueue {

    /** By learner key: the achievements changed, or null for everything. */
    private final Map<String, Set<String>> changed = new LinkedHashMap<>();

    /** A credential of the achievement was issued to the learner or changed status. */
    public void achievement(String learnerKey, String achievementId) {
        if (!changed.containsKey(learnerKey)) {
            changed.put(learnerKey, new LinkedHashSet<>());
        }
        Set<String> achievements = changed.get(learnerKey);
        if (achievements != null) {
            achievements.add(achievementId);
        }
    }

    /** Something that may change every qualification of the learner's. */
    public void everything(String learnerKey) {
        changed.put(learnerKey, null);
    }

    public void everything(Collection<String> learnerKeys) {
        learnerKeys.forEach(this::everything);
    }

    public boolean isEmpty() {
        return changed.isEmpty();
    }

    /**
     * Queues the learners in {@code table}. A learner already queued is queued again ({@code DO UPDATE}, not
     * {@code DO NOTHING}) with the union of what changed: if the progress worker holds their row (claimed
     * {@code FOR UPDATE}, evaluating what it read before this transaction), this waits until the worker has taken it
     * off the queue and then queues them anew, so the change is evaluated. With {@code DO NOTHING} it would be lost:
     * the worker deletes the row after evaluating the state before this change (D39).
     */
    public void queue(Connection c, String table, Instant at) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>();
        List<String> achievements = new ArrayList<>();
        changed.forEach((key, ids) -> {
            if (ids == null || ids.isEmpty()) {
                keys.add(key);
                achievements.add(null);
            } else {
                ids.forEach(id -> {
                    keys.add(key);
                    achievements.add(id);
                });
            }
        });
        try (PreparedStatement queue = c.prepareStatement("INSERT INTO " + table + " AS p (learner_key, queued_at,"
                + " achievement_ids) SELECT k, ?, CASE WHEN bool_or(a IS NULL) THEN NULL ELSE array_agg(DISTINCT a) END"
                + " FROM unnest(?::varchar[], ?::varchar[]) AS t(k, a) GROUP BY k"
                + " ON CONFLICT (learner_key) DO UPDATE SET queued_at = EXCLUDED.queued_at, achievement_ids ="
                + " CASE WHEN p.achievement_ids IS NULL OR EXCLUDED.achievement_ids IS NULL THEN NULL"
                + " ELSE ARRAY(SELECT DISTINCT x FROM unnest(p.achievement_ids || EXCLUDED.achievement_ids) AS x) END")) {
            queue.setTimestamp(1, Timestamp.from(at));
            queue.setArray(2, c.createArrayOf("varchar", keys.toArray()));
            queue.setArray(3, c.createArrayOf("varchar", achievements.toArray()));
            queue.executeUpdate();
        }
    }
}
