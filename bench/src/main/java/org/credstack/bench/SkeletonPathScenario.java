package org.credstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The skeleton path on a running stack ({@code ./credstack up}): POST /v1/issuers at issuance, then poll wallet's
 * GET /v1/institutions/{id} until the IssuerRegistered event has travelled event store → relay → Kafka →
 * projection. Records "register-call" (the REST call) and "visible-in-wallet" (call returned → visible), the
 * latter with the poll interval's granularity (1 ms).
 */
final class SkeletonPathScenario implements Scenario {

    private static final Duration POLL = Duration.ofMillis(1);
    private static final Duration BOUND = Duration.ofSeconds(30);

    private final Path stackFile;
    private String issuance;
    private String wallet;
    private String token;

    SkeletonPathScenario(Path stackFile) {
        this.stackFile = stackFile;
    }

    @Override
    public String name() {
        return "skeleton register-issuer → wallet";
    }

    @Override
    public void setUp(BenchContext ctx) throws Exception {
        if (!Files.isReadable(stackFile)) {
            throw new IllegalStateException(stackFile + " not found: start the stack with ./credstack up");
        }
        JsonNode stack = ctx.json().readTree(stackFile.toFile());
        issuance = stack.path("services").path("issuance").path("baseUrl").asText();
        wallet = stack.path("services").path("wallet").path("baseUrl").asText();
        HttpResponse<String> minted = ctx.http().send(HttpRequest.newBuilder(
                        URI.create(stack.path("tokenEndpoint").asText()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"subject\":\"bench\",\"roles\":[\"operator\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        token = ctx.json().readTree(minted.body()).path("access_token").asText();
    }

    @Override
    public void execute(BenchContext ctx, long operationIndex) throws Exception {
        String body = "{\"name\":\"Bench Institute " + operationIndex + "\",\"url\":\"https://bench.example\","
                + "\"email\":\"office@bench.example\",\"country\":\"NL\"}";
        long start = System.nanoTime();
        HttpResponse<String> created = ctx.http().send(HttpRequest.newBuilder(URI.create(issuance + "/v1/issuers"))
                .timeout(ctx.requestTimeout())
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        long returned = System.nanoTime();
        if (created.statusCode() != 201) {
            throw new UnexpectedStatusException(created.statusCode(), created.body());
        }
        ctx.recordLatency("register-call", returned - start);
        String id = ctx.json().readTree(created.body()).path("id").asText();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(wallet + "/v1/institutions/" + id))
                .timeout(ctx.requestTimeout()).GET().build();
        long deadline = returned + BOUND.toNanos();
        while (System.nanoTime() < deadline) {
            if (ctx.http().send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                ctx.recordLatency("visible-in-wallet", System.nanoTime() - returned);
                return;
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException("institution " + id + " not visible in wallet within " + BOUND);
    }
}
