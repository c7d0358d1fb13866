package org.credstack.bench;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Mutable state of one run, shared by the dispatcher/workers, the operations and the progress line. */
final class RunState {

    final Scenario scenario;
    final BenchContext ctx;
    private final LoadConfig config;
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

    RunState(Scenario scenario, BenchContext ctx, LoadConfig config) {
        this.scenario = scenario;
        this.ctx = ctx;
        this.config = config;
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
            String kind = LoadGenerator.failureKind(failure);
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
