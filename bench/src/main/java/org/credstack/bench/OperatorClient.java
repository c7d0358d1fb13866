package org.credstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * The operator endpoints the progress benchmarks read, with one operator token: any service's
 * {@code /admin/projections/{name}} (status, counters, rebuild progress) and {@code POST …/rebuild}, and recognition's
 * {@code /admin/progress} (the re-evaluation queue and counters) and {@code /admin/progress/timings}. Thread-safe.
 */
final class OperatorClient {

    /** {@code GET /admin/progress}: learners queued now (all replicas), re-evaluated and failed by this replica. */
    record ProgressStatus(long queued, long reevaluated, long failed) {

        static ProgressStatus parse(JsonNode n) {
            if (!n.path("queued").canConvertToLong() || !n.path("reevaluated").canConvertToLong()) {
                throw new IllegalStateException("not a progress status: " + IssuanceClient.snippet(n.toString()));
            }
            return new ProgressStatus(n.path("queued").asLong(), n.path("reevaluated").asLong(),
                    n.path("failed").asLong());
        }
    }

    /** A rebuild's progress as the projection reports it (platform RebuildProgress). */
    record Rebuild(String state, int generation, long done, long total, double ratePerSecond, Long etaSeconds,
                   Instant startedAt, Instant finishedAt, String error) {

        static Rebuild parse(JsonNode n) {
            if (n == null || !n.isObject()) {
                return null;
            }
            return new Rebuild(n.path("state").asText(), n.path("generation").asInt(), n.path("done").asLong(),
                    n.path("total").asLong(), n.path("ratePerSecond").asDouble(),
                    n.path("etaSeconds").canConvertToLong() ? n.path("etaSeconds").asLong() : null,
                    instant(n.path("startedAt")), instant(n.path("finishedAt")),
                    n.path("error").isTextual() ? n.path("error").asText() : null);
        }

        boolean finished() {
            return "DONE".equals(state) || "FAILED".equals(state);
        }

        /** Seconds from the rebuild's start to its end as the service timed them, or NaN while running. */
        double serverSeconds() {
            return startedAt == null || finishedAt == null ? Double.NaN
                    : Duration.between(startedAt, finishedAt).toNanos() / 1e9;
        }

        private static Instant instant(JsonNode n) {
            return n.isTextual() ? Instant.parse(n.asText()) : null;
        }
    }

    /** {@code GET /admin/projections/{name}}: the serving generation, counters since start, the last rebuild. */
    record Projection(String name, String consumerGroup, int generation, String schema, boolean switching,
                      long applied, long deadLettered, Rebuild rebuild) {

        static Projection parse(JsonNode n) {
            if (!n.path("name").isTextual()) {
                throw new IllegalStateException("not a projection status: " + IssuanceClient.snippet(n.toString()));
            }
            return new Projection(n.path("name").asText(), n.path("consumerGroup").asText(),
                    n.path("generation").asInt(), n.path("schema").asText(), n.path("switching").asBoolean(),
                    n.path("applied").asLong(), n.path("deadLettered").asLong(), Rebuild.parse(n.get("rebuild")));
        }
    }

    private final HttpClient http;
    private final ObjectMapper json;
    private final Duration timeout;
    private final String token;

    OperatorClient(BenchContext ctx, String operatorToken) {
        this.http = ctx.http();
        this.json = ctx.json();
        this.timeout = ctx.requestTimeout();
        this.token = operatorToken;
    }

    ProgressStatus progress(String recognitionUrl) throws IOException, InterruptedException {
        return ProgressStatus.parse(get(recognitionUrl + "/admin/progress"));
    }

    ReevaluationTimings timings(String recognitionUrl, long after) throws IOException, InterruptedException {
        return ReevaluationTimings.parse(get(recognitionUrl + "/admin/progress/timings?after=" + after));
    }

    Projection projection(String serviceUrl, String name) throws IOException, InterruptedException {
        return Projection.parse(get(serviceUrl + "/admin/projections/" + encode(name)));
    }

    /** Starts a rebuild (202, or 409 when one is running: an error here). */
    Rebuild rebuild(String serviceUrl, String name) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(serviceUrl + "/admin/projections/" + encode(name)
                        + "/rebuild")).timeout(timeout).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> r = send(request);
        if (r.statusCode() != 202 && r.statusCode() != 200) {
            throw new IllegalStateException("POST " + request.uri() + ": expected HTTP 202, got " + r.statusCode()
                    + " " + IssuanceClient.snippet(r.body()));
        }
        return Rebuild.parse(json.readTree(r.body()));
    }

    private JsonNode get(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        HttpResponse<String> r = send(request);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + ": expected HTTP 200, got " + r.statusCode() + " "
                    + IssuanceClient.snippet(r.body()));
        }
        return json.readTree(r.body());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new IOException("cannot connect to " + request.uri().getScheme() + "://"
                    + request.uri().getAuthority() + ": is the local stack running (./credstack up)?", e);
        }
    }

    private static String encode(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
