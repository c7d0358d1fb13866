package org.credstack.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.HdrHistogram.Histogram;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a {@link Scenario} gets to work with: a shared HTTP client, a Jackson mapper, free-form attributes
 * and named extra latency histograms. One context may serve several runs ({@code --repeat}): the named
 * histograms are cleared at the start of each run, operation indices keep counting.
 */
public final class BenchContext {

    private final HttpClient http;
    private final ObjectMapper json;
    private final Duration requestTimeout;
    private final ConcurrentMap<String, Object> attributes = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LatencyRecorder> named = new ConcurrentHashMap<>();
    private final AtomicLong operationCounter = new AtomicLong();
    private final ThreadLocal<Boolean> currentOperationMeasured = new ThreadLocal<>();
    private volatile boolean measuring;

    public BenchContext(HttpClient http, ObjectMapper json, Duration requestTimeout) {
        this.http = http;
        this.json = json;
        this.requestTimeout = requestTimeout;
    }

    /** A context with an HTTP/1.1 client (no redirects, 10 s connect timeout) and a default mapper. */
    public static BenchContext create(Duration requestTimeout, boolean http2) {
        HttpClient client = HttpClient.newBuilder()
                .version(http2 ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return new BenchContext(client, new ObjectMapper(), requestTimeout);
    }

    public static BenchContext create() {
        return create(Duration.ofSeconds(30), false);
    }

    public HttpClient http() {
        return http;
    }

    public ObjectMapper json() {
        return json;
    }

    /** Per-request timeout scenarios should apply to their HTTP requests. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** Free-form, thread-safe state shared by setUp, operations and tearDown (e.g. ids created in setUp). */
    public ConcurrentMap<String, Object> attributes() {
        return attributes;
    }

    /**
     * Records a latency (nanoseconds) into the named extra histogram. Values recorded by a warm-up operation
     * are dropped, so warm-up stays out of every histogram. Safe from any thread.
     */
    public void recordLatency(String histogram, long nanos) {
        if (isMeasuring()) {
            named.computeIfAbsent(histogram, k -> new LatencyRecorder()).recordNanos(nanos);
        }
    }

    /**
     * Whether the calling operation counts: true inside a measured operation, false inside a warm-up one; on
     * a thread that is not running an operation, whether the run has left warm-up.
     */
    public boolean isMeasuring() {
        Boolean current = currentOperationMeasured.get();
        return current != null ? current : measuring;
    }

    /** Snapshot of each named histogram so far, sorted by name. */
    public Map<String, Histogram> namedHistograms() {
        Map<String, Histogram> out = new TreeMap<>();
        named.forEach((k, v) -> out.put(k, v.snapshot()));
        return out;
    }

    long nextOperationIndex() {
        return operationCounter.getAndIncrement();
    }

    void beginRun() {
        named.clear();
        measuring = false;
    }

    void startMeasuring() {
        measuring = true;
    }

    void enterOperation(boolean measured) {
        currentOperationMeasured.set(measured);
    }

    void exitOperation() {
        currentOperationMeasured.remove();
    }
}
