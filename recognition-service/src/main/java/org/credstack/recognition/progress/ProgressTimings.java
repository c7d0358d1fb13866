package org.credstack.recognition.progress;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;

/**
 * What the progress worker did since the replica started: learners re-evaluated and failed, and for the last
 * {@value #KEPT} re-evaluations how long each took ({@code evaluation}: reading the learner's records, evaluating every
 * published qualification, storing what changed) and how long its learner waited from being queued by the
 * learner-credentials projection until their progress was committed ({@code latency}). Numbered from 1 so that a
 * reader (the benchmark) can ask for what came after a number it saw.
 */
@ApplicationScoped
public class ProgressTimings {

    static final int KEPT = 20_000;

    private final long[] evaluationMicros = new long[KEPT];
    private final long[] latencyMicros = new long[KEPT];
    private long recorded;
    private long failed;

    synchronized void record(long evaluationMicros, long latencyMicros) {
        int slot = (int) (recorded % KEPT);
        this.evaluationMicros[slot] = evaluationMicros;
        this.latencyMicros[slot] = latencyMicros;
        recorded++;
    }

    synchronized void failed() {
        failed++;
    }

    /** The re-evaluations numbered after {@code after} that are still kept, oldest first. */
    public synchronized Window after(long after) {
        long from = Math.max(Math.max(after, 0), recorded - KEPT);
        int n = (int) (recorded - from);
        long[] evaluation = new long[n];
        long[] latency = new long[n];
        for (int i = 0; i < n; i++) {
            int slot = (int) ((from + i) % KEPT);
            evaluation[i] = evaluationMicros[slot];
            latency[i] = latencyMicros[slot];
        }
        return new Window(from, recorded, failed, evaluation, latency);
    }

    /**
     * Re-evaluations {@code from}+1 to {@code last}; {@code failed} counts every failure since start.
     */
    public record Window(long from, long last, long failed, long[] evaluationMicros, long[] latencyMicros) {

        public Percentiles evaluation() {
            return Percentiles.of(evaluationMicros);
        }

        public Percentiles latency() {
            return Percentiles.of(latencyMicros);
        }
    }

    /** Nearest-rank percentiles in milliseconds. */
    public record Percentiles(int count, double p50Ms, double p99Ms, double maxMs) {

        static Percentiles of(long[] micros) {
            if (micros.length == 0) {
                return new Percentiles(0, 0, 0, 0);
            }
            long[] sorted = micros.clone();
            Arrays.sort(sorted);
            return new Percentiles(sorted.length, rank(sorted, 0.50), rank(sorted, 0.99),
                    sorted[sorted.length - 1] / 1000.0);
        }

        private static double rank(long[] sorted, double p) {
            int index = (int) Math.ceil(p * sorted.length) - 1;
            return sorted[Math.max(index, 0)] / 1000.0;
        }
    }
}
