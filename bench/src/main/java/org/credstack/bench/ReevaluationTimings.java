package org.credstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;

/**
 * What recognition's {@code GET /admin/progress/timings?after=N} answers: the re-evaluations numbered {@code from}+1 to
 * {@code last} of that replica, one entry per learner, in microseconds: {@code evaluation} (reading the learner's
 * records, evaluating every published qualification, storing the result) and {@code latency} (queued by the
 * learner-credentials projection until the progress was committed). Percentiles here are exact (nearest rank over the
 * sorted values), not a histogram's: a measured phase holds a few hundred values.
 *
 * @param failed re-evaluations that failed since the replica started (not only after {@code from})
 */
record ReevaluationTimings(long from, long last, long failed, long[] evaluationMicros, long[] latencyMicros) {

    static ReevaluationTimings parse(JsonNode n) {
        if (!n.path("last").canConvertToLong() || !n.path("evaluationMicros").isArray()
                || !n.path("latencyMicros").isArray()) {
            throw new IllegalStateException("not a progress timings answer: " + IssuanceClient.snippet(n.toString()));
        }
        long[] evaluation = longs(n.path("evaluationMicros"));
        long[] latency = longs(n.path("latencyMicros"));
        if (evaluation.length != latency.length) {
            throw new IllegalStateException("progress timings: " + evaluation.length + " evaluations but "
                    + latency.length + " latencies");
        }
        return new ReevaluationTimings(n.path("from").asLong(), n.path("last").asLong(), n.path("failed").asLong(),
                evaluation, latency);
    }

    /** Re-evaluations in this window. */
    int count() {
        return evaluationMicros.length;
    }

    /**
     * Whether the service still kept every re-evaluation after the number asked for: it keeps the last 20,000, so
     * {@code from} is larger than asked when older ones were dropped.
     */
    boolean complete(long askedAfter) {
        return from <= Math.max(askedAfter, 0);
    }

    LatencySummary evaluation() {
        return percentiles(evaluationMicros);
    }

    LatencySummary latency() {
        return percentiles(latencyMicros);
    }

    /** Exact nearest-rank percentiles (the value at rank ⌈p·n⌉) of microsecond values, in milliseconds. */
    static LatencySummary percentiles(long[] micros) {
        if (micros.length == 0) {
            return LatencySummary.EMPTY;
        }
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (long v : sorted) {
            sum += v;
        }
        return new LatencySummary(sorted.length, sum / sorted.length / 1000d, rank(sorted, 0.50) / 1000d,
                rank(sorted, 0.90) / 1000d, rank(sorted, 0.99) / 1000d, rank(sorted, 0.999) / 1000d,
                sorted[sorted.length - 1] / 1000d);
    }

    static long rank(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.min(Math.max(index, 0), sorted.length - 1)];
    }

    private static long[] longs(JsonNode array) {
        long[] out = new long[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asLong();
        }
        return out;
    }
}
