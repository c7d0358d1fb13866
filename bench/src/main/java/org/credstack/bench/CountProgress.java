package org.credstack.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A progress line for work outside the load generator (setting up a pool of credentials): every interval, the count
 * done of the total, the rate since the previous line and the ETA at the rate so far, in {@link ProgressLine}'s style:
 * {@code [pool 3.0s] 120/300 issued  40.1/s  ETA 4s  errors 0}.
 */
final class CountProgress implements AutoCloseable {

    private final String label;
    private final String unit;
    private final long total;
    private final LongSupplier done;
    private final LongSupplier failed;
    private final PrintStream out;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService timer;
    private long prevAt = start;
    private long prevDone;

    private CountProgress(String label, String unit, long total, LongSupplier done, LongSupplier failed,
                          Duration interval, PrintStream out) {
        this.label = label;
        this.unit = unit;
        this.total = total;
        this.done = done;
        this.failed = failed;
        this.out = out;
        if (out != null && interval != null && !interval.isZero() && !interval.isNegative()) {
            timer = Executors.newSingleThreadScheduledExecutor(new DaemonThreads("bench-count-progress"));
            timer.scheduleAtFixedRate(() -> print(false), interval.toNanos(), interval.toNanos(),
                    TimeUnit.NANOSECONDS);
        } else {
            timer = null;
        }
    }

    /** Starts printing every {@code interval} (none when it is zero or {@code out} is null). */
    static CountProgress start(String label, String unit, long total, LongSupplier done, LongSupplier failed,
                               Duration interval, PrintStream out) {
        return new CountProgress(label, unit, total, done, failed, interval, out);
    }

    /** Stops and prints the last line, whose rate is over the whole time. */
    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
            print(true);
        }
    }

    private synchronized void print(boolean last) {
        long now = System.nanoTime();
        long d = done.getAsLong();
        double elapsed = (now - start) / 1e9;
        double rate = last ? (elapsed > 0 ? d / elapsed : 0)
                : (now > prevAt ? (d - prevDone) / ((now - prevAt) / 1e9) : 0);
        double overall = elapsed > 0 ? d / elapsed : 0;
        prevAt = now;
        prevDone = d;
        out.println(line(label, elapsed, d, total, unit, rate, eta(total - d, overall), failed.getAsLong()));
    }

    /** Seconds left at {@code ratePerSecond}, or -1 when unknown. */
    static long eta(long left, double ratePerSecond) {
        if (left <= 0) {
            return 0;
        }
        return ratePerSecond > 0 ? Math.round(left / ratePerSecond) : -1;
    }

    static String line(String label, double elapsedSeconds, long done, long total, String unit, double rate,
                       long etaSeconds, long errors) {
        return "[" + label + " " + Format.fixed(elapsedSeconds, 1) + "s] " + done + "/" + total + " " + unit
                + "  " + Format.fixed(rate, 1) + "/s  ETA " + (etaSeconds < 0 ? "?" : etaSeconds + "s")
                + "  errors " + errors;
    }
}
