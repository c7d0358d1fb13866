package org.credstack.bench;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Drives a {@link Scenario} according to a {@link LoadConfig}.
 *
 * <ul>
 *   <li><b>Open model</b> ({@link LoadConfig.Mode#RATE}): operation {@code i} is due at
 *       {@code start + i / rate}, whatever the earlier ones are doing. Latency is measured from that intended
 *       time, not from when a thread got round to it, so a stalled target shows up in the percentiles instead
 *       of silently lowering the send rate (no coordinated omission). At most {@code maxInFlight} operations
 *       run at once; beyond that sending waits, and the wait is part of the latency.</li>
 *   <li><b>Closed model</b> ({@link LoadConfig.Mode#CONCURRENCY}): N workers, each runs one operation after
 *       another; latency is each operation's own time.</li>
 * </ul>
 *
 * Warm-up operations run first and are recorded nowhere. The main histogram holds successful measured
 * operations only; failures are counted by kind. A generator may be used for several runs, one at a time.
 */
public final class LoadGenerator {

    private final LoadConfig config;
    private volatile boolean stopRequested;

    public LoadGenerator(LoadConfig config) {
        this.config = config;
    }

    public LoadConfig config() {
        return config;
    }

    /** Ends the current run early (from another thread); what was measured so far is returned by {@link #run}. */
    public void stop() {
        stopRequested = true;
    }

    /**
     * One run: {@code setUp}, warm-up, measured phase, drain, {@code tearDown}.
     *
     * @throws Exception what {@code setUp} threw (operations' exceptions are counted, not thrown)
     */
    public RunResult run(Scenario scenario, BenchContext ctx) throws Exception {
        stopRequested = false;
        ctx.beginRun();
        scenario.setUp(ctx);
        try {
            RunState state = new RunState(scenario, ctx, config);
            ProgressLine line = progressEnabled() ? new ProgressLine(state, config, config.progressOut()) : null;
            ScheduledExecutorService progress = line != null ? startProgress(line) : null;
            try {
                if (config.mode() == LoadConfig.Mode.RATE) {
                    new OpenModelRunner(config, () -> stopRequested).run(state);
                } else {
                    new ClosedModelRunner(config, () -> stopRequested, state).run();
                }
            } finally {
                if (progress != null) {
                    progress.shutdownNow();
                    progress.awaitTermination(1, TimeUnit.SECONDS);
                    line.printFinal();
                }
            }
            return state.result();
        } finally {
            scenario.tearDown(ctx);
        }
    }

    /** Kind under which a failure is counted: {@code HTTP <status>} or the exception's simple class name. */
    public static String failureKind(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof UnexpectedStatusException use) {
            return "HTTP " + use.status();
        }
        String name = cause.getClass().getSimpleName();
        return name.isEmpty() ? cause.getClass().getName() : name;
    }

    private boolean progressEnabled() {
        Duration interval = config.progressInterval();
        return interval != null && !interval.isZero() && !interval.isNegative();
    }

    private ScheduledExecutorService startProgress(ProgressLine line) {
        ScheduledExecutorService exec =
                Executors.newSingleThreadScheduledExecutor(new DaemonThreads("bench-progress"));
        long nanos = config.progressInterval().toNanos();
        exec.scheduleAtFixedRate(line::print, nanos, nanos, TimeUnit.NANOSECONDS);
        return exec;
    }
}
