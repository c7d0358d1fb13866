package org.credstack.bench;

import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The open model ({@link LoadConfig.Mode#RATE}): operation {@code i} is due at {@code start + i / rate}, whatever the
 * earlier ones are doing, and its latency counts from that intended time (no coordinated omission). At most
 * {@code maxInFlight} operations run at once; beyond that sending waits, and the wait is part of the latency.
 */
final class OpenModelRunner {

    private final LoadConfig config;
    private final BooleanSupplier stopRequested;

    OpenModelRunner(LoadConfig config, BooleanSupplier stopRequested) {
        this.config = config;
        this.stopRequested = stopRequested;
    }

    void run(RunState s) throws InterruptedException {
        double periodNanos = 1e9 / config.rate();
        long warmupRequests = config.warmupRequests();
        long drainNanos = config.drainTimeout().toNanos();
        Semaphore permits = new Semaphore(config.maxInFlight());
        ThreadPoolExecutor pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 10, TimeUnit.SECONDS,
                new SynchronousQueue<>(), new DaemonThreads("bench-op"));
        long start = System.nanoTime();
        s.runStart = start;
        long warmEnd = start + config.warmup().toNanos();
        long measureEnd = Long.MAX_VALUE;
        long measuredDispatched = 0;
        long notSent = 0;
        try {
            for (long i = 0; !stopRequested.getAsBoolean(); i++) {
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
                if (stopRequested.getAsBoolean()) {
                    break;
                }
                if (!warm && measureEnd != Long.MAX_VALUE && System.nanoTime() > measureEnd + drainNanos) {
                    // So far behind schedule that the run would not end: the rest of the due operations fail.
                    notSent = (long) Math.ceil((measureEnd - intended) / periodNanos);
                    break;
                }
                permits.acquire();
                if (!warm) {
                    measuredDispatched++;
                }
                dispatch(s, pool, permits, intended, !warm);
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

    /** Runs one operation on the pool; its permit is released when it ends. */
    private static void dispatch(RunState s, ThreadPoolExecutor pool, Semaphore permits, long intended,
                                 boolean measured) {
        long index = s.ctx.nextOperationIndex();
        if (measured) {
            s.measuredStarted.incrementAndGet();
        }
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

    private static void sleepUntil(long deadlineNanos) {
        long remaining;
        while ((remaining = deadlineNanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(remaining);
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
        }
    }
}
