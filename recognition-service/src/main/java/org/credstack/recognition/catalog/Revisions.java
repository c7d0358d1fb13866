package org.credstack.recognition.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.credstack.platform.persistence.NativeRows;

/**
 * The revision counters of recognition's cached read models ({@code read_model_revision}). A view bumps its counter
 * in the command's transaction, so every replica can tell that its copy is out of date. Changes committed through
 * this replica are also counted in memory once committed: its own caches then reload on the next read instead of
 * at the next periodic check.
 */
@ApplicationScoped
public class Revisions {

    @Inject
    EntityManager em;
    @Inject
    TransactionSynchronizationRegistry transactions;

    private final Map<String, AtomicLong> committedHere = new ConcurrentHashMap<>();

    /** Counts a change of {@code name} in the caller's transaction. */
    public void bump(String name) {
        if (NativeRows.update(em, "UPDATE read_model_revision SET revision = revision + 1 WHERE name = ?1",
                name) != 1) {
            throw new IllegalStateException("No read_model_revision row named " + name);
        }
        transactions.putResource(resourceKey(name), Boolean.TRUE);
        AtomicLong counter = counter(name);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.incrementAndGet();
                }
            }
        });
    }

    /** How many transactions that changed {@code name} committed through this replica. */
    long committedHere(String name) {
        return counter(name).get();
    }

    /**
     * Whether the caller's own transaction changed {@code name} and has not committed yet: what it reads then must
     * not be cached, since the change may still roll back and its revision number be used again by another.
     */
    boolean changedInThisTransaction(String name) {
        return transactions.getTransactionStatus() == Status.STATUS_ACTIVE
                && transactions.getResource(resourceKey(name)) != null;
    }

    static long read(Connection c, String name) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT revision FROM read_model_revision WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No read_model_revision row named " + name);
                }
                return rs.getLong(1);
            }
        }
    }

    private AtomicLong counter(String name) {
        return committedHere.computeIfAbsent(name, n -> new AtomicLong());
    }

    private static String resourceKey(String name) {
        return Revisions.class.getName() + ":" + name;
    }
}
