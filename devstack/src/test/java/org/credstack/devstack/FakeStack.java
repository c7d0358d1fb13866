package org.credstack.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A running local stack as {@code ./credstack rebuild|projections} sees it: a {@code stack.json} in a state folder, a
 * fake wallet-service with {@code /admin/projections} and a fake token issuer on 127.0.0.1; plus the console the
 * command writes to.
 */
final class FakeStack {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String MINTED = "minted-operator-token";
    static final String STORED = "stored-operator-token";

    final Path state;
    HttpServer server;
    String base;

    // what the fake service answers (guarded by this)
    int rebuildStatus = 202;
    String rebuildBody;
    /** The {@code rebuild} field of successive GETs; the last one repeats. */
    final Deque<String> polls = new ArrayDeque<>();
    int gets;
    boolean tokenEndpointWorks = true;
    final List<String> authorizations = new ArrayList<>();

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    FakeStack(Path state) throws IOException {
        this.state = state;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/dev/tokens", this::tokens);
        server.createContext("/admin/projections", this::admin);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        writeStackJson(base, true);
    }

    void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** The command, not on a terminal, polling every 5 ms and printing every progress line. */
    int run(String... args) {
        String[] withState = new String[args.length + 2];
        System.arraycopy(args, 0, withState, 0, args.length);
        withState[args.length] = "--state-dir";
        withState[args.length + 1] = state.toString();
        return command(false, Duration.ofMillis(5), Duration.ZERO).execute(withState);
    }

    RebuildCommand command(boolean tty, Duration pollInterval, Duration lineInterval) {
        return new RebuildCommand(ps(out), ps(err), tty, pollInterval, lineInterval, state);
    }

    private static PrintStream ps(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    void writeStackJson(String baseUrl, boolean walletRunning) throws IOException {
        Map<String, Object> services = new LinkedHashMap<>();
        for (String name : List.of("issuance", "wallet", "recognition")) {
            services.put(name, Map.of("baseUrl", name.equals("wallet") ? baseUrl : "http://127.0.0.1:1",
                    "running", !name.equals("wallet") || walletRunning,
                    "log", state.resolve("logs/" + name + ".log").toString()));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("services", services);
        doc.put("tokenEndpoint", baseUrl + "/dev/tokens");
        doc.put("tokens", Map.of("operator", STORED, "learner", "other"));
        JSON.writeValue(state.resolve("stack.json").toFile(), doc);
    }

    static String progress(String state, int generation, long done, long total, double rate, Long eta,
                           String error) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("projection", "issuer-directory");
        p.put("state", state);
        p.put("generation", generation);
        p.put("done", done);
        p.put("total", total);
        p.put("ratePerSecond", rate);
        p.put("etaSeconds", eta);
        p.put("startedAt", "2026-11-29T10:00:00Z");
        p.put("finishedAt", state.equals("DONE") || state.equals("FAILED") ? "2026-11-29T10:00:03.200Z" : null);
        p.put("error", error);
        try {
            return JSON.writeValueAsString(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void tokens(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!tokenEndpointWorks || !exchange.getRequestMethod().equals("POST")) {
            respond(exchange, 503, "text/plain", "down");
            return;
        }
        var request = JSON.readTree(body);
        assertEquals("cli", request.path("subject").asText());
        assertEquals("operator", request.path("roles").path(0).asText());
        respond(exchange, 200, "application/json",
                "{\"access_token\":\"" + MINTED + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
    }

    private synchronized void admin(HttpExchange exchange) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        authorizations.add(auth);
        String expected = "Bearer " + (tokenEndpointWorks ? MINTED : STORED);
        if (!expected.equals(auth)) {
            respond(exchange, 401, "application/problem+json",
                    "{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"bad token\"}");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (method.equals("POST") && path.equals("/admin/projections/" + pathName(path) + "/rebuild")) {
            respond(exchange, rebuildStatus, rebuildStatus < 300 ? "application/json" : "application/problem+json",
                    rebuildBody);
        } else if (method.equals("GET") && path.equals("/admin/projections")) {
            String rebuild = polls.isEmpty() ? "null" : polls.peekFirst();
            respond(exchange, 200, "application/json", "[" + status("issuer-directory", 1_234, 5, 0, rebuild) + ","
                    + status("shares", 0, 0, 1, "null") + "]");
        } else if (method.equals("GET") && path.equals("/admin/projections/issuer-directory")) {
            gets++;
            String rebuild = polls.size() > 1 ? polls.removeFirst() : polls.peekFirst();
            respond(exchange, 200, "application/json", status("issuer-directory", 0, 0, 0, rebuild));
        } else {
            respond(exchange, 404, "application/problem+json",
                    "{\"title\":\"Not found\",\"status\":404,\"detail\":\"no " + path + "\"}");
        }
    }

    private static String pathName(String path) {
        String[] parts = path.split("/");
        return parts.length > 3 ? parts[3] : "";
    }

    private static String status(String name, long applied, long duplicates, long deadLettered, String rebuild) {
        String schema = "proj_" + name.replace('-', '_') + "_g1";
        return "{\"name\":\"" + name + "\",\"consumerGroup\":\"wallet." + name + "\",\"generation\":1,\"schema\":\""
                + schema + "\",\"switching\":false,\"applied\":" + applied + ",\"skippedDuplicates\":" + duplicates
                + ",\"deadLettered\":" + deadLettered + ",\"rebuild\":" + rebuild + "}";
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
