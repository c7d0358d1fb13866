package org.credstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A stand-in for the issuance REST contract on 127.0.0.1:0 (tokens, issuers, achievements, credentials, revoke,
 * status lists, credential batches), enough to drive the issuance benchmarks without the stack. Credentials get
 * status index = their number × 7; a revoke sets that bit in revocation-1 of the issuer. A batch answers "running"
 * on its first GET and "completed" from the second.
 */
final class FakeIssuance implements AutoCloseable {

    static final int LIST_BITS = 131_072;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicInteger credentials = new AtomicInteger();
    private final Map<String, Integer> indexes = new ConcurrentHashMap<>();
    private final byte[] revocationBits = new byte[LIST_BITS / 8];
    private final Set<String> emails = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<String> batchBodies = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> batchTypes = new ConcurrentLinkedQueue<>();
    private final AtomicInteger batchPolls = new AtomicInteger();
    private final AtomicInteger statusListGets = new AtomicInteger();
    private volatile int batchRows;
    private final boolean batches;

    /** @param batches whether POST /v1/credential-batches exists (else it answers 404) */
    FakeIssuance(boolean batches) throws IOException {
        this.batches = batches;
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Set<String> emails() {
        return emails;
    }

    List<String> batchBodies() {
        return List.copyOf(batchBodies);
    }

    List<String> batchTypes() {
        return List.copyOf(batchTypes);
    }

    int statusListGets() {
        return statusListGets.get();
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            String method = x.getRequestMethod();
            String path = x.getRequestURI().getPath();
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean authorized = x.getRequestHeaders().getFirst("Authorization") != null;
            if (method.equals("POST") && path.equals("/dev/tokens")) {
                JsonNode req = json.readTree(body);
                respond(x, 200, json.createObjectNode().put("access_token", "token-"
                        + req.path("roles").get(0).asText() + "-" + req.path("tenant").asText("none")), null);
            } else if (!authorized && !path.startsWith("/status-lists/")) {
                respond(x, 401, json.createObjectNode().put("status", 401), null);
            } else if (method.equals("POST") && path.equals("/v1/issuers")) {
                respond(x, 201, json.readTree(body), null);
            } else if (method.equals("POST") && path.equals("/v1/achievements")) {
                respond(x, 201, json.createObjectNode().put("id", "ach-1"), null);
            } else if (method.equals("POST") && path.equals("/v1/achievements/ach-1/publish")) {
                respond(x, 200, json.createObjectNode().put("id", "ach-1"), null);
            } else if (method.equals("POST") && path.equals("/v1/credentials")) {
                issue(x, json.readTree(body));
            } else if (method.equals("POST") && path.matches("/v1/credentials/[^/]+/revoke")) {
                String id = path.split("/")[3];
                Integer index = indexes.get(id);
                if (index == null) {
                    respond(x, 404, json.createObjectNode().put("status", 404), null);
                    return;
                }
                synchronized (revocationBits) {
                    revocationBits[index >>> 3] |= (byte) (0x80 >>> (index & 7));
                }
                respond(x, 200, json.createObjectNode().put("id", id).put("status", "REVOKED"), null);
            } else if (method.equals("GET") && path.equals("/status-lists/bench-issuer/revocation-1")) {
                statusListGets.incrementAndGet();
                ObjectNode list = json.createObjectNode();
                byte[] copy;
                synchronized (revocationBits) {
                    copy = revocationBits.clone();
                }
                list.putObject("credentialSubject").put("statusPurpose", "revocation")
                        .put("encodedList", encode(copy));
                respond(x, 200, list, null);
            } else if (method.equals("POST") && path.equals("/v1/credential-batches")) {
                if (!batches) {
                    respond(x, 404, json.createObjectNode().put("status", 404).put("title", "Not Found"), null);
                    return;
                }
                String type = x.getRequestHeaders().getFirst("Content-Type");
                batchBodies.add(body);
                batchTypes.add(type);
                batchRows = type.startsWith("text/csv") ? (int) body.lines().count() - 1 : json.readTree(body).size();
                batchPolls.set(0);
                respond(x, 202, json.createObjectNode().put("id", "b1").put("status", "accepted"),
                        "/v1/credential-batches/b1");
            } else if (method.equals("GET") && path.equals("/v1/credential-batches/b1")) {
                boolean done = batchPolls.incrementAndGet() > 1;
                int rows = batchRows;
                ObjectNode s = json.createObjectNode().put("id", "b1").put("status", done ? "completed" : "running")
                        .put("total", rows).put("processed", done ? rows : rows / 2)
                        .put("issued", done ? rows - 1 : rows / 2).put("failed", done ? 1 : 0)
                        .put("ratePerSecond", 1000.0).put("startedAt", "2026-01-01T00:00:00Z");
                if (done) {
                    s.put("etaSeconds", 0).put("completedAt", "2026-01-01T00:00:02.5Z");
                } else {
                    s.put("etaSeconds", 1.5);
                }
                respond(x, 200, s, null);
            } else {
                respond(x, 404, json.createObjectNode().put("status", 404), null);
            }
        }
    }

    private void issue(HttpExchange x, JsonNode req) throws IOException {
        String email = req.path("recipient").path("email").asText();
        if (!emails.add(email)) {
            respond(x, 409, json.createObjectNode().put("detail", "same recipient twice: " + email), null);
            return;
        }
        int n = credentials.incrementAndGet();
        String id = "00000000-0000-0000-0000-" + String.format("%012d", n);
        int index = (n * 7) % LIST_BITS;
        indexes.put(id, index);
        String list = url() + "/status-lists/bench-issuer/revocation-1";
        ObjectNode c = json.createObjectNode().put("id", "urn:uuid:" + id);
        ArrayNode status = c.putArray("credentialStatus");
        status.addObject().put("type", "BitstringStatusListEntry").put("statusPurpose", "revocation")
                .put("statusListIndex", Integer.toString(index)).put("statusListCredential", list);
        status.addObject().put("type", "BitstringStatusListEntry").put("statusPurpose", "suspension")
                .put("statusListIndex", "5").put("statusListCredential", url() + "/status-lists/x/suspension-1");
        respond(x, 201, c, "/v1/credentials/" + id);
    }

    /** The encodedList of a raw bitstring: multibase 'u' + base64url(GZIP(bits)). */
    static String encode(byte[] bits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    private void respond(HttpExchange x, int status, JsonNode body, String location) throws IOException {
        byte[] out = json.writeValueAsBytes(body);
        x.getResponseHeaders().set("Content-Type", "application/json");
        if (location != null) {
            x.getResponseHeaders().set("Location", location);
        }
        x.sendResponseHeaders(status, out.length);
        x.getResponseBody().write(out);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
