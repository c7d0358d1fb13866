package org.credstack.recognition.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * An in-memory copy of a read model that is reloaded only when its revision moved: a change committed through this
 * replica is noticed on the next read, one committed through another replica at the next check of the revision
 * counter, at most {@code recheck} later. Between checks a read costs no query at all.
 *
 * @param <T> an immutable snapshot of the read model
 */
public final class RevisionedCache<T> {

    /** Reads the whole snapshot on the connection given (the caller's transaction's, if it has one). */
    @FunctionalInterface
    public interface Loader<T> {
        T load(Connection connection) throws SQLException;
    }

    private record Loaded<T>(T value, long revision, long committedHere, long checkedAt) {
    }

    private final String name;
    private final Revisions revisions;
    private final DataSource dataSource;
    private final long recheckNanos;
    private final Loader<T> loader;
    private volatile Loaded<T> loaded;

    public RevisionedCache(String name, Revisions revisions, DataSource dataSource, Duration recheck,
            Loader<T> loader) {
        this.name = name;
        this.revisions = revisions;
        this.dataSource = dataSource;
        this.recheckNanos = recheck.toNanos();
        this.loader = loader;
    }

    /** The snapshot, checked against the revision counter at most once per recheck interval. */
    public T get() {
        Loaded<T> current = loaded;
        if (current != null && current.committedHere() == revisions.committedHere(name)
                && System.nanoTime() - current.checkedAt() < recheckNanos) {
            return current.value();
        }
        return checkedNow();
    }

    /** The snapshot as of now: for checks that must see a change made a moment ago through another replica. */
    public synchronized T checkedNow() {
        // Read before the revision: a local commit in between is then noticed by the next get().
        long committedHere = revisions.committedHere(name);
        try (Connection c = dataSource.getConnection()) {
            long revision = Revisions.read(c, name);
            Loaded<T> current = loaded;
            if (current != null && current.revision() == revision) {
                loaded = new Loaded<>(current.value(), revision, committedHere, System.nanoTime());
                return current.value();
            }
            T value = loader.load(c);
            if (!revisions.changedInThisTransaction(name)) {
                loaded = new Loaded<>(value, revision, committedHere, System.nanoTime());
            }
            return value;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the " + name + " read model", e);
        }
    }
}
