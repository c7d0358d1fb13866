package org.credstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/**
 * Recognition's qualification API as a registrar uses it (issuer-admin token of the bench issuer): define a
 * qualification ({@code POST /v1/qualifications}) and publish it ({@code POST /v1/qualifications/{id}/publish} with
 * {@code If-Match: *}). Recognition learns achievements from {@code AchievementPublished} on Kafka, so a definition
 * sent right after publishing its achievements may be refused as naming an unknown one: that refusal is retried.
 */
final class RecognitionClient {

    /** How long a definition is retried while recognition does not know its achievements yet. */
    static final Duration CATALOGUE_BOUND = Duration.ofSeconds(60);
    /** The rule-check refusals that only mean "not learned from Kafka yet". */
    static final Set<String> NOT_YET_KNOWN = Set.of("unknown-achievement", "target-not-own-achievement");

    private final HttpClient http;
    private final ObjectMapper json;
    private final Duration timeout;
    private final String recognitionUrl;

    RecognitionClient(BenchContext ctx, String recognitionUrl) {
        this.http = ctx.http();
        this.json = ctx.json();
        this.timeout = ctx.requestTimeout();
        this.recognitionUrl = recognitionUrl;
    }

    String url() {
        return recognitionUrl;
    }

    /** Defines and publishes one qualification; returns its id. */
    String defineAndPublish(String adminToken, String definitionJson) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + CATALOGUE_BOUND.toNanos();
        String key = UUID.randomUUID().toString();
        HttpResponse<String> defined;
        while (true) {
            defined = send(HttpRequest.newBuilder(URI.create(recognitionUrl + "/v1/qualifications")).timeout(timeout)
                    .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                    .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(definitionJson))
                    .build());
            if (defined.statusCode() == 201) {
                break;
            }
            if (defined.statusCode() != 422 || !notYetKnown(json.readTree(defined.body()))
                    || System.nanoTime() > deadline) {
                throw new IllegalStateException("define qualification: expected HTTP 201, got " + defined.statusCode()
                        + " " + IssuanceClient.snippet(defined.body()));
            }
            key = UUID.randomUUID().toString(); // a refusal is not replayed for the same key, but be safe
            Thread.sleep(250);
        }
        String id = json.readTree(defined.body()).path("id").asText();
        if (id.isEmpty()) {
            throw new IllegalStateException("define qualification: no id in " + IssuanceClient.snippet(defined.body()));
        }
        HttpResponse<String> published = send(HttpRequest.newBuilder(URI.create(recognitionUrl + "/v1/qualifications/"
                        + id + "/publish")).timeout(timeout).header("Authorization", "Bearer " + adminToken)
                .header("If-Match", "*").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        IssuanceClient.expect(published, 200, "publish qualification " + id);
        return id;
    }

    /** Whether every problem of a 422 refusal is one that only says recognition has not learned something yet. */
    static boolean notYetKnown(JsonNode problem) {
        JsonNode errors = problem.path("errors");
        if (!errors.isArray() || errors.isEmpty()) {
            return NOT_YET_KNOWN.contains(problem.path("rule").asText());
        }
        for (JsonNode e : errors) {
            if (!NOT_YET_KNOWN.contains(e.path("rule").asText())) {
                return false;
            }
        }
        return true;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new IOException("cannot connect to " + recognitionUrl + ": is the local stack running "
                    + "(./credstack up)?", e);
        }
    }
}
