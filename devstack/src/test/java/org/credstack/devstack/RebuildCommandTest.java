package org.credstack.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./credstack rebuild|projections} against a fake service and token issuer on 127.0.0.1. */
class RebuildCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String MINTED = "minted-operator-token";
    static final String STORED = "stored-operator-token";

    @TempDir
    Path state;

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

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/dev/tokens", this::tokens);
        server.createContext("/admin/projections", this::admin);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        writeStackJson(base, true);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    // ------------------------------------------------------------------------------------------------ rebuild

    @Test
    void follows_a_rebuild_until_done_and_exits_0() {
        rebuildBody = progress("REPLAYING", 2, 0, 23_600, 0, null, null);
        polls.add(progress("REPLAYING", 2, 5_900, 23_600, 5_900, 3L, null));
        polls.add(progress("REPLAYING", 2, 12_345, 23_600, 8_120.4, 1L, null));
        polls.add(progress("SWITCHING", 2, 23_600, 23_600, 9_000, 0L, null));
        polls.add(progress("DONE", 2, 23_650, 23_600, 9_010, 0L, null));

        int code = run("rebuild", "wallet", "issuer-directory");

        assertEquals(0, code, err());
        String out = out();
        assertTrue(out.contains("Rebuilding projection issuer-directory of wallet into generation 2"), out);
        assertTrue(out.contains("[------------------------------]   0.0%  0/23,600 events  0/s  ETA --  REPLAYING"),
                out);
        assertTrue(out.contains("  25.0%  5,900/23,600 events  5,900/s  ETA 3s  REPLAYING"), out);
        assertTrue(out.contains("  52.3%  12,345/23,600 events  8,120/s  ETA 1s  REPLAYING"), out);
        assertTrue(out.contains("100.0%  23,600/23,600 events  9,000/s  ETA 0s  SWITCHING"), out);
        assertTrue(out.contains("[##############################] 100.0%  23,650/23,600 events  9,010/s  took 3.2s  DONE"),
                out);
        assertTrue(out.contains("Done: generation 2 of issuer-directory is serving (23,650 events in 3.2s)."), out);
        assertFalse(out.contains("\r"), "no carriage returns when stdout is not a terminal");
        assertEquals(7, out.lines().count(), out); // header, 5 progress lines, summary
        assertEquals("", err());
        assertTrue(authorizations.stream().allMatch(("Bearer " + MINTED)::equals), authorizations.toString());
    }

    @Test
    void on_a_terminal_redraws_one_line() {
        rebuildBody = progress("REPLAYING", 2, 0, 200, 0, null, null);
        polls.add(progress("REPLAYING", 2, 50, 200, 100, 1L, null));
        polls.add(progress("REPLAYING", 2, 100, 200, 100, 1L, null));
        polls.add(progress("REPLAYING", 2, 150, 200, 100, 1L, null));
        polls.add(progress("DONE", 2, 200, 200, 100, 0L, null));

        int code = new RebuildCommand(ps(out), ps(err), true, Duration.ofMillis(5), Duration.ofSeconds(1), state)
                .execute(new String[] {"rebuild", "wallet", "issuer-directory", "--state-dir", state.toString()});

        assertEquals(0, code, err());
        String out = out();
        assertTrue(out.contains("\r[###############---------------]  50.0%  100/200 events  100/s  ETA 1s  REPLAYING"),
                out);
        assertTrue(out.contains("\r[######################--------]  75.0%"), out);
        assertTrue(out.contains("\r[##############################] 100.0%  200/200 events  100/s  took 3.2s  DONE"),
                out);
        assertTrue(out.matches("(?s).*DONE *\n(?!\r).*"), "the final bar ends its line: " + out);
        assertEquals(3, out.chars().filter(c -> c == '\n').count(), out); // header, the redrawn bar, summary
    }

    @Test
    void off_a_terminal_prints_at_most_one_line_per_interval() {
        rebuildBody = progress("REPLAYING", 2, 0, 100, 0, null, null);
        for (int i = 1; i <= 3; i++) {
            polls.add(progress("REPLAYING", 2, i * 10, 100, 10, 9L, null));
        }
        polls.add(progress("DONE", 2, 100, 100, 10, 0L, null));

        int code = new RebuildCommand(ps(out), ps(err), false, Duration.ofMillis(1), Duration.ofHours(1), state)
                .execute(new String[] {"rebuild", "wallet", "issuer-directory", "--state-dir", state.toString()});

        assertEquals(0, code, err());
        // the first line and the final state; nothing in between within the (here: one hour) line interval
        assertTrue(out().contains("  0.0%"), out());
        assertFalse(out().contains(" 20.0%"), out());
        assertTrue(out().contains("100.0%  100/100 events"), out());
    }

    @Test
    void a_failed_rebuild_prints_its_error_and_exits_1() {
        rebuildBody = progress("REPLAYING", 3, 0, 1_000, 0, null, null);
        polls.add(progress("REPLAYING", 3, 250, 1_000, 500, 2L, null));
        polls.add(progress("REPLAYING", 3, 500, 1_000, 500, 1L, null));
        polls.add(progress("FAILED", 3, 600, 1_000, 500, null, "relation \"proj_x_g3.issuer\" does not exist"));

        int code = run("rebuild", "wallet", "issuer-directory");

        assertEquals(1, code);
        assertTrue(out().contains(" 25.0%  250/1,000 events"), out());
        assertTrue(out().contains(" 60.0%  600/1,000 events  500/s  FAILED"), out());
        assertFalse(out().contains("Done:"), out());
        assertTrue(err().contains("the rebuild of issuer-directory (generation 3) FAILED: "
                + "relation \"proj_x_g3.issuer\" does not exist"), err());
        assertTrue(err().contains("wallet.log"), err());
    }

    @Test
    void an_earlier_rebuild_shown_by_the_service_is_not_taken_for_this_one() {
        rebuildBody = progress("REPLAYING", 2, 0, 10, 0, null, null);
        polls.add(progress("DONE", 1, 10, 10, 10, 0L, null)); // the previous rebuild, still shown
        polls.add(progress("REPLAYING", 2, 5, 10, 5, 1L, null));
        polls.add(progress("DONE", 2, 10, 10, 5, 0L, null));

        assertEquals(0, run("rebuild", "wallet", "issuer-directory"), err());
        assertTrue(out().contains(" 50.0%  5/10 events"), out());
        assertTrue(out().contains("Done: generation 2"), out());
        assertEquals(3, gets, "polled until generation 2 was done");
    }

    @Test
    void a_rebuild_already_running_is_a_409_with_the_problem_detail() {
        rebuildStatus = 409;
        rebuildBody = """
                {"type":"https://credstack.org/problems/rule","title":"Business rule violated","status":409,
                 "detail":"Projection issuer-directory is already being rebuilt","rule":"one-rebuild-at-a-time"}""";

        int code = run("rebuild", "wallet", "issuer-directory");

        assertEquals(1, code);
        assertTrue(err().contains("HTTP 409"), err());
        assertTrue(err().contains("Projection issuer-directory is already being rebuilt"), err());
        assertEquals(0, gets, "nothing to follow");
    }

    @Test
    void an_unknown_projection_is_a_404_with_the_problem_detail_and_the_known_ones() {
        rebuildStatus = 404;
        rebuildBody = """
                {"type":"https://credstack.org/problems/not-found","title":"Not found","status":404,
                 "detail":"Projection nope was not found"}""";

        int code = run("rebuild", "wallet", "nope");

        assertEquals(1, code);
        assertTrue(err().contains("HTTP 404 Not found: Projection nope was not found"), err());
        assertTrue(err().contains("Projections of wallet: issuer-directory, shares"), err());
    }

    @Test
    void without_a_token_issuer_the_stored_operator_token_is_used() {
        tokenEndpointWorks = false;
        rebuildBody = progress("DONE", 2, 0, 0, 0, 0L, null);

        assertEquals(0, run("rebuild", "wallet", "issuer-directory"), err());
        assertTrue(out().contains("100.0%  0/0 events"), out());
        assertEquals(List.of("Bearer " + STORED), authorizations);
    }

    // ------------------------------------------------------------------------------------------------ errors

    @Test
    void without_stack_json_it_asks_whether_the_stack_is_running() throws IOException {
        Files.delete(state.resolve("stack.json"));

        assertEquals(1, run("rebuild", "wallet", "issuer-directory"));
        assertTrue(err().contains("is the stack running? ./credstack up"), err());
        assertTrue(err().contains(state.resolve("stack.json").toString()), err());
    }

    @Test
    void an_unknown_service_lists_the_valid_ones_and_exits_2() {
        assertEquals(2, run("rebuild", "payments", "issuer-directory"));
        assertTrue(err().contains("unknown service 'payments'; valid services: issuance, wallet, recognition"),
                err());
    }

    @Test
    void a_service_not_started_is_reported() throws IOException {
        writeStackJson(base, false);

        assertEquals(1, run("rebuild", "wallet", "issuer-directory"));
        assertTrue(err().contains("wallet-service is not running"), err());
    }

    @Test
    void a_service_that_does_not_answer_is_reported() throws IOException {
        server.stop(0);
        server = null;

        assertEquals(1, run("projections", "wallet"));
        assertTrue(err().contains("cannot reach wallet-service at " + base), err());
        assertTrue(err().contains("is the stack running? ./credstack up"), err());
    }

    @Test
    void usage_errors_exit_2() {
        assertEquals(2, run("rebuild"));
        assertTrue(err().contains("'rebuild' needs a service and a projection"), err());
        assertTrue(err().contains("Usage: ./credstack rebuild"), err());

        err.reset();
        assertEquals(2, run("rebuild", "wallet"));
        assertEquals(2, run("rebuild", "wallet", "a", "b"));
        assertEquals(2, run("projections"));
        assertEquals(2, run("rebuild", "wallet", "issuer-directory", "--frobnicate"));
        assertTrue(err().contains("unknown option '--frobnicate'"), err());
        assertEquals(2, new RebuildCommand(ps(out), ps(err), false, Duration.ZERO, Duration.ZERO, state)
                .execute(new String[] {"rebuild", "wallet", "x", "--state-dir"}));
        assertEquals(0, gets + authorizations.size(), "no request on a usage error");
    }

    @Test
    void help_exits_0() {
        assertEquals(0, run("rebuild", "--help"));
        assertTrue(out().contains("Usage: ./credstack rebuild <service> <projection>"), out());
    }

    // ------------------------------------------------------------------------------------------------ list

    @Test
    void projections_lists_a_services_projections() {
        polls.add(progress("REPLAYING", 2, 12_345, 23_600, 8_000, 1L, null));

        assertEquals(0, run("projections", "wallet-service"), err());
        String out = out();
        assertTrue(out.contains("Projections of wallet (" + base + ")"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("\\s+NAME\\s+GEN\\s+SCHEMA\\s+APPLIED\\s+DUPLICATES"
                + "\\s+DEAD-LETTERED\\s+REBUILD")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("\\s+issuer-directory\\s+1\\s+proj_issuer_directory_g1\\s+"
                + "1,234\\s+5\\s+0\\s+REPLAYING 52\\.3% \\(gen 2\\)")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("\\s+shares\\s+1\\s+proj_shares_g1\\s+0\\s+0\\s+1\\s+-")), out);
    }

    // ------------------------------------------------------------------------------------------------ fakes

    private int run(String... args) {
        String[] withState = new String[args.length + 2];
        System.arraycopy(args, 0, withState, 0, args.length);
        withState[args.length] = "--state-dir";
        withState[args.length + 1] = state.toString();
        return new RebuildCommand(ps(out), ps(err), false, Duration.ofMillis(5), Duration.ZERO, state)
                .execute(withState);
    }

    private static PrintStream ps(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void writeStackJson(String baseUrl, boolean walletRunning) throws IOException {
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
