package org.credstack.platform.projection;

import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A {@link RebuildLoader}'s second thread: writes one poll's rows while the loader's own thread consumes and parses
 * the next, one write at a time and in the order submitted (both use the loader's one connection, never at once).
 * A failed write fails the next {@link #submit} or {@link #await}.
 */
public final class RebuildWriter implements AutoCloseable {

    /** A write on the loader's connection. */
    @FunctionalInterface
    public interface Write {
        void run() throws SQLException;
    }

    private final ExecutorService thread;
    private Future<?> writing;

    public RebuildWriter(String projection) {
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "rebuild-writer-" + projection);
            t.setDaemon(true);
            return t;
        });
    }

    /** Waits for the write before it, then starts this one. */
    public void submit(Write write) throws SQLException {
        await();
        writing = thread.submit(() -> {
            write.run();
            return null;
        });
    }

    /** Returns when everything submitted is written. */
    public void await() throws SQLException {
        if (writing == null) {
            return;
        }
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while writing the rebuild", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getCause());
        } finally {
            writing = null;
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
