package org.credstack.bench;

import org.HdrHistogram.Histogram;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Everything one run measured: counts, failures by kind, the main and the named HDR histograms (microseconds). */
public final class RunResult {

    private final String scenario;
    private final LoadConfig config;
    private final double durationSeconds;
    private final long successes;
    private final long failures;
    private final Map<String, Long> failuresByKind;
    private final long warmupOperations;
    private final Histogram histogram;
    private final Map<String, Histogram> namedHistograms;
    private final Map<String, String> failureSamples;

    RunResult(String scenario, LoadConfig config, double durationSeconds, long successes, long failures,
              Map<String, Long> failuresByKind, long warmupOperations, Histogram histogram,
              Map<String, Histogram> namedHistograms, Map<String, String> failureSamples) {
        this.scenario = scenario;
        this.config = config;
        this.durationSeconds = durationSeconds;
        this.successes = successes;
        this.failures = failures;
        this.failuresByKind = Collections.unmodifiableMap(new LinkedHashMap<>(failuresByKind));
        this.warmupOperations = warmupOperations;
        this.histogram = histogram;
        this.namedHistograms = Collections.unmodifiableMap(new LinkedHashMap<>(namedHistograms));
        this.failureSamples = Collections.unmodifiableMap(new java.util.TreeMap<>(failureSamples));
    }

    /** One example message per failure kind, for diagnosis. */
    public Map<String, String> failureSamples() {
        return failureSamples;
    }

    public String scenario() {
        return scenario;
    }

    public LoadConfig config() {
        return config;
    }

    /** Length of the measured phase: its start to the completion of its last operation. */
    public double durationSeconds() {
        return durationSeconds;
    }

    /** Completed measured operations (successes + failures). */
    public long count() {
        return successes + failures;
    }

    public long successes() {
        return successes;
    }

    public long failures() {
        return failures;
    }

    /** Failures by kind, most frequent first: {@code HTTP 500}, {@code HttpTimeoutException}, {@code Unfinished}... */
    public Map<String, Long> failuresByKind() {
        return failuresByKind;
    }

    /** Warm-up operations that were run and not recorded. */
    public long warmupOperations() {
        return warmupOperations;
    }

    /** Successful operations per second over the measured phase. */
    public double throughputPerSecond() {
        return durationSeconds > 0 ? successes / durationSeconds : 0;
    }

    /** Main histogram: latency of each successful measured operation, in microseconds. */
    public Histogram histogram() {
        return histogram;
    }

    /** Named histograms the scenario recorded into via {@link BenchContext#recordLatency}, microseconds. */
    public Map<String, Histogram> namedHistograms() {
        return namedHistograms;
    }

    public Summary summary() {
        Map<String, LatencySummary> named = new LinkedHashMap<>();
        namedHistograms.forEach((k, v) -> named.put(k, LatencySummary.of(v)));
        return new Summary(scenario, config.mode().label(), config.target(), durationSeconds, count(), failures,
                throughputPerSecond(), LatencySummary.of(histogram), named, failuresByKind, 1);
    }
}
