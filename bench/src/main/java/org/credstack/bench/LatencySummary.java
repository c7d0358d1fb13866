package org.credstack.bench;

import org.HdrHistogram.Histogram;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Percentiles of one latency histogram, in milliseconds. */
public record LatencySummary(long count, double meanMs, double p50Ms, double p90Ms, double p99Ms, double p999Ms,
                             double maxMs) {

    public static final LatencySummary EMPTY = new LatencySummary(0, 0, 0, 0, 0, 0, 0);

    /** From a histogram whose values are microseconds (as recorded by {@link LatencyRecorder}). */
    public static LatencySummary of(Histogram micros) {
        if (micros.getTotalCount() == 0) {
            return EMPTY;
        }
        return new LatencySummary(
                micros.getTotalCount(),
                micros.getMean() / 1_000d,
                micros.getValueAtPercentile(50.0) / 1_000d,
                micros.getValueAtPercentile(90.0) / 1_000d,
                micros.getValueAtPercentile(99.0) / 1_000d,
                micros.getValueAtPercentile(99.9) / 1_000d,
                micros.getMaxValue() / 1_000d);
    }

    /** Each figure is the median of that figure over the given summaries (not the percentile of a merge). */
    public static LatencySummary median(List<LatencySummary> runs) {
        if (runs.isEmpty()) {
            return EMPTY;
        }
        return new LatencySummary(
                Math.round(median(runs, s -> s.count)),
                median(runs, LatencySummary::meanMs),
                median(runs, LatencySummary::p50Ms),
                median(runs, LatencySummary::p90Ms),
                median(runs, LatencySummary::p99Ms),
                median(runs, LatencySummary::p999Ms),
                median(runs, LatencySummary::maxMs));
    }

    static <T> double median(List<T> items, ToDoubleFunction<T> f) {
        double[] v = items.stream().mapToDouble(f).sorted().toArray();
        return median(v);
    }

    /** Median of the values (mean of the two middle ones for an even count); 0 for none. */
    public static double median(double... values) {
        if (values.length == 0) {
            return 0;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2d;
    }
}
