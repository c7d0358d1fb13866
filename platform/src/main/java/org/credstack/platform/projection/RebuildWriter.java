package org.credstack.platform.projection;

import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.credstack.platform.persistence.CopyRows;

/**
 * A {@link RebuildLoader}'s second thread: writes one poll's rows while the loader's own thread consumes and parses
 * the next into the other of two buffers, one write at a time and in the order submitted (both use the loader's one
 * connection, never at once). A failed write fails the next {@link #submit} or {@link #await}.
 */
public final class RebuildWriter implements AutoCloseable {

    /** A write of one poll's rows (and whatever goes with them) on the loader's connection. */
    @FunctionalInterface
    public interface Write {
        void run(CopyRows rows) throws SQLException;
    }

    private final ExecutorService thread;
    private Future<?> writing;
    private CopyRows rows = new CopyRows();
    private CopyRows spare = new CopyRows();

    public RebuildWriter(String projection) {
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "rebuild-writer-" + projection);
            t.setDaemon(true);
            return t;
        });
    }

    /** The rows of the poll being read. */
    public CopyRows rows() {
        return rows;
    }

    /**
     * Waits for the write before it, then starts this one with the rows read so far; the next poll's rows go to the
     * other buffer.
     */
    public void submit(Write write) throws SQLException {
        await();
        CopyRows batch = rows;
        rows = spare;
        spare = batch;
        writing = thread.submit(() -> {
            write.run(batch);
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
