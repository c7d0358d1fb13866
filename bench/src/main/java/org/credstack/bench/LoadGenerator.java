package org.credstack.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

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
            RunState state = new RunState(scenario, ctx);
            ProgressLine line = progressEnabled() ? new ProgressLine(state, config.progressOut()) : null;
            ScheduledExecutorService progress = line != null ? startProgress(line) : null;
            try {
                if (config.mode() == LoadConfig.Mode.RATE) {
                    runOpen(state);
                } else {
                    runClosed(state);
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

    // ---------------------------------------------------------------- open model

    private void runOpen(RunState s) throws InterruptedException {
        double periodNanos = 1e9 / config.rate();
        long warmupRequests = config.warmupRequests();
        long drainNanos = config.drainTimeout().toNanos();
        Semaphore permits = new Semaphore(config.maxInFlight());
        ThreadPoolExecutor pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 10, TimeUnit.SECONDS,
                new SynchronousQueue<>(), daemonThreads("bench-op"));
        long start = System.nanoTime();
        s.runStart = start;
        long warmEnd = start + config.warmup().toNanos();
        long measureEnd = Long.MAX_VALUE;
        long measuredDispatched = 0;
        long notSent = 0;
        try {
            for (long i = 0; !stopRequested; i++) {
                long intended = start + (long) (i * periodNanos);
                boolean warm = warmupRequests > 0 ? i < warmupRequests : intended < warmEnd;
                if (!warm) {
                    if (s.measureStart == Long.MIN_VALUE) {
                        s.beginMeasuring(intended);
                        if (config.duration() != null) {
                            measureEnd = intended + config.duration().toNanos();
                            s.measureEnd = measureEnd;
                        }
                    }
                    if (config.requests() > 0 ? measuredDispatched >= config.requests() : intended >= measureEnd) {
                        break;
                    }
                }
                sleepUntil(intended);
                if (stopRequested) {
                    break;
                }
                if (!warm && measureEnd != Long.MAX_VALUE && System.nanoTime() > measureEnd + drainNanos) {
                    // So far behind schedule that the run would not end: the rest of the due operations fail.
                    notSent = (long) Math.ceil((measureEnd - intended) / periodNanos);
                    break;
                }
                permits.acquire();
                long index = s.ctx.nextOperationIndex();
                if (!warm) {
                    measuredDispatched++;
                    s.measuredStarted.incrementAndGet();
                }
                boolean measured = !warm;
                try {
                    pool.execute(() -> {
                        try {
                            s.perform(index, intended, measured);
                        } finally {
                            permits.release();
                        }
                    });
                } catch (RuntimeException e) {
                    permits.release();
                    throw e;
                }
            }
        } finally {
            s.dispatchEnded = System.nanoTime();
            pool.shutdown();
            boolean drained = pool.awaitTermination(drainNanos, TimeUnit.NANOSECONDS);
            s.close(!drained);
            if (!drained) {
                pool.shutdownNow();
            }
            if (notSent > 0) {
                s.addFailures("NotSent", notSent);
            }
        }
    }

    private static void sleepUntil(long deadlineNanos) {
        long remaining;
        while ((remaining = deadlineNanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(remaining);
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
        }
    }

    // ---------------------------------------------------------------- closed model

    private void runClosed(RunState s) throws InterruptedException {
        long warmupRequests = config.warmupRequests();
        long requests = config.requests();
        long durationNanos = config.duration() != null ? config.duration().toNanos() : 0;
        long start = System.nanoTime();
        s.runStart = start;
        long warmEnd = start + config.warmup().toNanos();
        AtomicLong warmClaimed = new AtomicLong();
        AtomicLong measuredClaimed = new AtomicLong();
        Object measureLock = new Object();

        Runnable worker = () -> {
            while (!stopRequested && !s.closed) {
                long now = System.nanoTime();
                boolean warm;
                if (warmupRequests > 0) {
                    warm = warmClaimed.get() < warmupRequests && warmClaimed.getAndIncrement() < warmupRequests;
                } else {
                    warm = now < warmEnd;
                }
                if (!warm) {
                    if (s.measureStart == Long.MIN_VALUE) {
                        synchronized (measureLock) {
                            if (s.measureStart == Long.MIN_VALUE) {
                                long ms = warmupRequests > 0 || config.warmup().isZero() ? now : warmEnd;
                                if (durationNanos > 0) {
                                    s.measureEnd = ms + durationNanos;
                                }
                                s.beginMeasuring(ms);
                            }
                        }
                    }
                    if (requests > 0) {
                        long claimed = measuredClaimed.incrementAndGet();
                        if (claimed > requests) {
                            break;
                        }
                        if (claimed == requests) {
                            s.dispatchEnded = System.nanoTime();
                        }
                    } else if (now >= s.measureEnd) {
                        break;
                    }
                    s.measuredStarted.incrementAndGet();
                }
                s.perform(s.ctx.nextOperationIndex(), System.nanoTime(), !warm);
            }
        };

        ThreadFactoryImpl factory = daemonThreads("bench-worker");
        Thread[] workers = new Thread[config.concurrency()];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = factory.newThread(worker);
            workers[i].start();
        }
        long drainNanos = config.drainTimeout().toNanos();
        boolean drained = false;
        try {
            while (true) {
                boolean alive = false;
                for (Thread w : workers) {
                    w.join(20);
                    alive |= w.isAlive();
                }
                if (!alive) {
                    drained = true;
                    break;
                }
                long phaseEnd = stopRequested ? s.stopSeen()
                        : durationNanos > 0 && s.measureStart != Long.MIN_VALUE ? s.measureEnd
                        : s.dispatchEnded;
                if (phaseEnd != Long.MIN_VALUE && System.nanoTime() - phaseEnd > drainNanos) {
                    break;
                }
            }
        } finally {
            if (s.dispatchEnded == Long.MIN_VALUE) {
                s.dispatchEnded = System.nanoTime();
            }
            s.close(!drained);
            if (!drained) {
                for (Thread w : workers) {
                    w.interrupt();
                }
            }
        }
    }

    // ---------------------------------------------------------------- shared

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
        ScheduledExecutorService exec = Executors.newSingleThreadScheduledExecutor(daemonThreads("bench-progress"));
        long nanos = config.progressInterval().toNanos();
        exec.scheduleAtFixedRate(line::print, nanos, nanos, TimeUnit.NANOSECONDS);
        return exec;
    }

    private static ThreadFactoryImpl daemonThreads(String prefix) {
        return new ThreadFactoryImpl(prefix);
    }

    private static final class ThreadFactoryImpl implements java.util.concurrent.ThreadFactory {
        private final String prefix;
        private final AtomicInteger n = new AtomicInteger();

        ThreadFactoryImpl(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }

    /** Mutable state of one run, shared by the dispatcher/workers, the operations and the progress line. */
    private final class RunState {
        final Scenario scenario;
        final BenchContext ctx;
        final LatencyRecorder main = new LatencyRecorder();
        final LongAdder ok = new LongAdder();
        final LongAdder failed = new LongAdder();
        final LongAdder warmupDone = new LongAdder();
        final ConcurrentHashMap<String, LongAdder> kinds = new ConcurrentHashMap<>();
        final ConcurrentHashMap<String, String> samples = new ConcurrentHashMap<>();
        final AtomicLong measuredStarted = new AtomicLong();
        final AtomicLong lastCompletion = new AtomicLong(Long.MIN_VALUE);
        volatile long runStart;
        volatile long measureStart = Long.MIN_VALUE;
        volatile long measureEnd = Long.MAX_VALUE;
        volatile long dispatchEnded = Long.MIN_VALUE;
        volatile long stopSeen = Long.MIN_VALUE;
        volatile boolean closed;
        volatile long closedAt;
        long unfinished;

        RunState(Scenario scenario, BenchContext ctx) {
            this.scenario = scenario;
            this.ctx = ctx;
        }

        void beginMeasuring(long at) {
            measureStart = at;
            ctx.startMeasuring();
        }

        long stopSeen() {
            if (stopSeen == Long.MIN_VALUE) {
                stopSeen = System.nanoTime();
            }
            return stopSeen;
        }

        void perform(long index, long startNanos, boolean measured) {
            ctx.enterOperation(measured);
            Throwable failure = null;
            try {
                scenario.execute(ctx, index);
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable t) {
                if (t instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                failure = t;
            } finally {
                ctx.exitOperation();
            }
            long end = System.nanoTime();
            if (closed) {
                return; // finished after the drain timeout: already counted as Unfinished
            }
            if (!measured) {
                warmupDone.increment();
                return;
            }
            if (failure == null) {
                main.recordNanos(end - startNanos);
                ok.increment();
            } else {
                String kind = failureKind(failure);
                addFailures(kind, 1);
                if (!samples.containsKey(kind)) {
                    samples.putIfAbsent(kind, String.valueOf(failure.getMessage()));
                }
            }
            lastCompletion.accumulateAndGet(end, Math::max);
        }

        void addFailures(String kind, long n) {
            failed.add(n);
            kinds.computeIfAbsent(kind, k -> new LongAdder()).add(n);
        }

        long completedMeasured() {
            return ok.sum() + failed.sum();
        }

        void close(boolean timedOut) {
            closedAt = System.nanoTime();
            closed = true;
            if (timedOut) {
                unfinished = Math.max(0, measuredStarted.get() - completedMeasured());
                if (unfinished > 0) {
                    addFailures("Unfinished", unfinished);
                }
            }
        }

        RunResult result() {
            double seconds = 0;
            if (measureStart != Long.MIN_VALUE) {
                long end = unfinished > 0 || lastCompletion.get() == Long.MIN_VALUE ? closedAt : lastCompletion.get();
                seconds = Math.max(0, end - measureStart) / 1e9;
            }
            Map<String, Long> byKind = new LinkedHashMap<>();
            kinds.entrySet().stream()
                    .sorted(Map.Entry.<String, LongAdder>comparingByValue(Comparator.comparingLong(LongAdder::sum))
                            .reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> byKind.put(e.getKey(), e.getValue().sum()));
            return new RunResult(scenario.name(), config, seconds, ok.sum(), failed.sum(), byKind,
                    warmupDone.sum(), main.snapshot(), ctx.namedHistograms(), samples);
        }
    }

    /** The once-per-interval progress line. */
    private final class ProgressLine {
        private final RunState s;
        private final PrintStream out;
        private long prevAt;
        private long prevDone;

        ProgressLine(RunState s, PrintStream out) {
            this.s = s;
            this.out = out;
        }

        void print() {
            print(false);
        }

        /** Last line: the rate is over the whole measured phase. */
        void printFinal() {
            print(true);
        }

        private synchronized void print(boolean last) {
            try {
                long now = System.nanoTime();
                long doneAll = s.completedMeasured() + s.warmupDone.sum();
                double dt = (now - (prevAt == 0 ? s.runStart : prevAt)) / 1e9;
                double rate = dt > 0 ? (doneAll - prevDone) / dt : 0;
                if (last && s.measureStart != Long.MIN_VALUE && now > s.measureStart) {
                    rate = s.completedMeasured() / ((now - s.measureStart) / 1e9);
                }
                prevAt = now;
                prevDone = doneAll;
                String elapsed = Format.fixed((now - s.runStart) / 1e9, 1) + "s";
                StringBuilder line = new StringBuilder("[bench ").append(elapsed).append("] ");
                if (s.measureStart == Long.MIN_VALUE || now < s.measureStart) {
                    line.append("warm-up  ").append(s.warmupDone.sum()).append(" done  ")
                            .append(Format.fixed(rate, 1)).append("/s");
                } else {
                    long done = s.completedMeasured();
                    String total;
                    String eta;
                    if (config.requests() > 0) {
                        total = Long.toString(config.requests());
                        long left = config.requests() - done;
                        eta = rate > 0 ? Math.round(left / rate) + "s" : "?";
                    } else {
                        total = config.mode() == LoadConfig.Mode.RATE
                                ? Long.toString(Math.round(config.rate() * config.duration().toNanos() / 1e9)) : "?";
                        eta = Math.max(0, Math.round((s.measureEnd - now) / 1e9)) + "s";
                    }
                    LatencySummary lat = LatencySummary.of(s.main.snapshot());
                    line.append(done).append('/').append(total).append(" done  ")
                            .append(Format.fixed(rate, 1)).append("/s  ETA ").append(eta)
                            .append("  p50 ").append(Format.fixed(lat.p50Ms(), 3)).append("ms")
                            .append("  p99 ").append(Format.fixed(lat.p99Ms(), 3)).append("ms")
                            .append("  errors ").append(s.failed.sum());
                }
                out.println(line);
            } catch (RuntimeException e) {
                out.println("[bench] progress failed: " + e);
            }
        }
    }
}
