package org.credstack.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * The closed model ({@link LoadConfig.Mode#CONCURRENCY}): N workers, each runs one operation after another; latency
 * is each operation's own time. One runner per run.
 */
final class ClosedModelRunner {

    private final LoadConfig config;
    private final BooleanSupplier stopRequested;
    private final RunState s;
    private final long warmupRequests;
    private final long requests;
    private final long durationNanos;
    private final AtomicLong warmClaimed = new AtomicLong();
    private final AtomicLong measuredClaimed = new AtomicLong();
    private final Object measureLock = new Object();
    private long warmEnd;

    ClosedModelRunner(LoadConfig config, BooleanSupplier stopRequested, RunState s) {
        this.config = config;
        this.stopRequested = stopRequested;
        this.s = s;
        this.warmupRequests = config.warmupRequests();
        this.requests = config.requests();
        this.durationNanos = config.duration() != null ? config.duration().toNanos() : 0;
    }

    void run() throws InterruptedException {
        long start = System.nanoTime();
        s.runStart = start;
        warmEnd = start + config.warmup().toNanos();
        DaemonThreads factory = new DaemonThreads("bench-worker");
        Thread[] workers = new Thread[config.concurrency()];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = factory.newThread(this::work);
            workers[i].start();
        }
        boolean drained = false;
        try {
            drained = awaitWorkers(workers);
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

    /** True when all workers ended, false when they are still busy a drain timeout after the phase ended. */
    private boolean awaitWorkers(Thread[] workers) throws InterruptedException {
        long drainNanos = config.drainTimeout().toNanos();
        while (true) {
            boolean alive = false;
            for (Thread w : workers) {
                w.join(20);
                alive |= w.isAlive();
            }
            if (!alive) {
                return true;
            }
            long phaseEnd = stopRequested.getAsBoolean() ? s.stopSeen()
                    : durationNanos > 0 && s.measureStart != Long.MIN_VALUE ? s.measureEnd
                    : s.dispatchEnded;
            if (phaseEnd != Long.MIN_VALUE && System.nanoTime() - phaseEnd > drainNanos) {
                return false;
            }
        }
    }

    private void work() {
        while (!stopRequested.getAsBoolean() && !s.closed) {
            long now = System.nanoTime();
            boolean warm = claimWarmUp(now);
            if (!warm) {
                beginMeasuringOnce(now);
                if (!claimMeasured(now)) {
                    break;
                }
                s.measuredStarted.incrementAndGet();
            }
            s.perform(s.ctx.nextOperationIndex(), System.nanoTime(), !warm);
        }
    }

    private boolean claimWarmUp(long now) {
        if (warmupRequests > 0) {
            return warmClaimed.get() < warmupRequests && warmClaimed.getAndIncrement() < warmupRequests;
        }
        return now < warmEnd;
    }

    private void beginMeasuringOnce(long now) {
        if (s.measureStart != Long.MIN_VALUE) {
            return;
        }
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

    /** False when the measured phase is over for this worker. */
    private boolean claimMeasured(long now) {
        if (requests > 0) {
            long claimed = measuredClaimed.incrementAndGet();
            if (claimed > requests) {
                return false;
            }
            if (claimed == requests) {
                s.dispatchEnded = System.nanoTime();
            }
            return true;
        }
        return now < s.measureEnd;
    }
}
