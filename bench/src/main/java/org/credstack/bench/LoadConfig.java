package org.credstack.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How a run is driven. Exactly one of rate (open model) or concurrency (closed model); exactly one of
 * duration or request count for the measured phase; warm-up by time or by request count (or none).
 * Build with {@link #rate(double)} or {@link #concurrency(int)} and the {@code with...} methods.
 */
public final class LoadConfig {

    public enum Mode {
        /** Open model: operations start at fixed intervals whatever the responses. */
        RATE,
        /** Closed model: N workers, each starts its next operation when the previous one is done. */
        CONCURRENCY;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Mode mode;
    private final double rate;
    private final int concurrency;
    private final Duration duration;
    private final long requests;
    private final Duration warmup;
    private final long warmupRequests;
    private final int maxInFlight;
    private final Duration drainTimeout;
    private final Duration progressInterval;
    private final PrintStream progressOut;

    private LoadConfig(Mode mode, double rate, int concurrency, Duration duration, long requests, Duration warmup,
                       long warmupRequests, int maxInFlight, Duration drainTimeout, Duration progressInterval,
                       PrintStream progressOut) {
        this.mode = mode;
        this.rate = rate;
        this.concurrency = concurrency;
        this.duration = duration;
        this.requests = requests;
        this.warmup = warmup;
        this.warmupRequests = warmupRequests;
        this.maxInFlight = maxInFlight;
        this.drainTimeout = drainTimeout;
        this.progressInterval = progressInterval;
        this.progressOut = progressOut;
    }

    /** Open model at {@code perSecond} operations per second; defaults: 10 s, no warm-up, progress off. */
    public static LoadConfig rate(double perSecond) {
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("rate must be a positive number, got " + perSecond);
        }
        return new LoadConfig(Mode.RATE, perSecond, 0, Duration.ofSeconds(10), 0, Duration.ZERO, 0, 512,
                Duration.ofSeconds(30), Duration.ZERO, System.err);
    }

    /** Closed model with {@code workers} concurrent workers; defaults: 10 s, no warm-up, progress off. */
    public static LoadConfig concurrency(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, got " + workers);
        }
        return new LoadConfig(Mode.CONCURRENCY, 0, workers, Duration.ofSeconds(10), 0, Duration.ZERO, 0, workers,
                Duration.ofSeconds(30), Duration.ZERO, System.err);
    }

    /** Measured phase lasts this long (replaces a request count). */
    public LoadConfig withDuration(Duration d) {
        requirePositive(d, "duration");
        return new LoadConfig(mode, rate, concurrency, d, 0, warmup, warmupRequests, maxInFlight, drainTimeout,
                progressInterval, progressOut);
    }

    /** Measured phase is exactly this many operations (replaces a duration). */
    public LoadConfig withRequests(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("requests must be at least 1, got " + n);
        }
        return new LoadConfig(mode, rate, concurrency, null, n, warmup, warmupRequests, maxInFlight, drainTimeout,
                progressInterval, progressOut);
    }

    /** Operations started during this first stretch of time are warm-up (not recorded). */
    public LoadConfig withWarmup(Duration d) {
        Objects.requireNonNull(d, "warmup");
        if (d.isNegative()) {
            throw new IllegalArgumentException("warm-up must not be negative");
        }
        return new LoadConfig(mode, rate, concurrency, duration, requests, d, 0, maxInFlight, drainTimeout,
                progressInterval, progressOut);
    }

    /** The first {@code n} operations are warm-up (not recorded). */
    public LoadConfig withWarmupRequests(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("warm-up requests must not be negative");
        }
        return new LoadConfig(mode, rate, concurrency, duration, requests, Duration.ZERO, n, maxInFlight,
                drainTimeout, progressInterval, progressOut);
    }

    /**
     * Open model only: at most this many operations in flight; when reached, sending waits, and the wait
     * counts in the latency (measured from the intended send time).
     */
    public LoadConfig withMaxInFlight(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("max in-flight must be at least 1, got " + n);
        }
        return new LoadConfig(mode, rate, concurrency, duration, requests, warmup, warmupRequests, n, drainTimeout,
                progressInterval, progressOut);
    }

    /**
     * How long to wait after the measured phase for operations still in flight; those still running then
     * count as failures ({@code Unfinished}).
     */
    public LoadConfig withDrainTimeout(Duration d) {
        requirePositive(d, "drain timeout");
        return new LoadConfig(mode, rate, concurrency, duration, requests, warmup, warmupRequests, maxInFlight, d,
                progressInterval, progressOut);
    }

    /** Progress line every {@code interval} to {@code out}; {@link Duration#ZERO} turns progress off. */
    public LoadConfig withProgress(Duration interval, PrintStream out) {
        Objects.requireNonNull(interval, "interval");
        return new LoadConfig(mode, rate, concurrency, duration, requests, warmup, warmupRequests, maxInFlight,
                drainTimeout, interval, Objects.requireNonNull(out, "out"));
    }

    private static void requirePositive(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(what + " must be positive");
        }
    }

    public Mode mode() {
        return mode;
    }

    /** Target rate per second (open model), else 0. */
    public double rate() {
        return rate;
    }

    /** Workers (closed model), else 0. */
    public int concurrency() {
        return concurrency;
    }

    /** Target figure for reports: the rate (open) or the number of workers (closed). */
    public double target() {
        return mode == Mode.RATE ? rate : concurrency;
    }

    /** Measured phase length, or null when bounded by {@link #requests()}. */
    public Duration duration() {
        return duration;
    }

    /** Measured operation count, or 0 when bounded by {@link #duration()}. */
    public long requests() {
        return requests;
    }

    public Duration warmup() {
        return warmup;
    }

    public long warmupRequests() {
        return warmupRequests;
    }

    public int maxInFlight() {
        return maxInFlight;
    }

    public Duration drainTimeout() {
        return drainTimeout;
    }

    public Duration progressInterval() {
        return progressInterval;
    }

    public PrintStream progressOut() {
        return progressOut;
    }

    /** e.g. {@code rate 100/s, 30s, warm-up 5s}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(mode == Mode.RATE ? "rate " + Format.number(rate) + "/s" : "concurrency " + concurrency);
        sb.append(", ").append(duration != null ? Durations.format(duration) : requests + " requests");
        if (warmupRequests > 0) {
            sb.append(", warm-up ").append(warmupRequests).append(" requests");
        } else if (!warmup.isZero()) {
            sb.append(", warm-up ").append(Durations.format(warmup));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
