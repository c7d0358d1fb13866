package org.credstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The issuance REST calls the issuance benchmarks make, on a running local stack: tokens from the dev token issuer,
 * issuer registration, achievement draft and publish, issue, revoke, suspend, reinstate, the public status list,
 * credential batches.
 * Thread-safe (the {@link HttpClient} is).
 */
final class IssuanceClient {

    static final String VC_LD_JSON = "application/vc+ld+json";
    /** Tokens outlive the longest run (the dev issuer allows up to 7 days). */
    static final long TOKEN_TTL_SECONDS = 12 * 3600;

    /** The tour's micro-credential (README): EU mandatory elements, suspension allowed (two status entries). */
    static final String ACHIEVEMENT = """
            {"name":"Data Literacy for Public Servants",
             "description":"Reading, questioning and presenting data in policy work.",
             "criteria":"Pass the final assessment with at least 60%.","achievementType":"MicroCredential",
             "learningOutcomes":["Interpret descriptive statistics in policy documents"],
             "creditsAvailable":3.5,"workloadHours":90,"eqfLevel":5,
             "skills":[{"uri":"http://data.europa.eu/esco/skill/0a8d2e9b-3b4f-4c0e-9f7a-2e3c0f6a9d11",
                        "escoVersion":"v1.2.0","label":"analyse data"}],
             "assessmentType":"Supervised online written exam","formOfParticipation":"online",
             "qualityAssurance":"NVAO accreditation","validity":"P2Y","suspensionAllowed":true}""";

    /** What a benchmark needs: the issuer it created, an issuer-admin token for it, a published achievement. */
    record Session(String issuerId, String adminToken, String achievementId) {
    }

    /** An issued credential: its id (without {@code urn:uuid:}) and its revocation status entry. */
    record Issued(String id, String statusListUrl, int statusListIndex) {
    }

    private final HttpClient http;
    private final ObjectMapper json;
    private final Duration timeout;
    private final IssuanceTarget target;

    IssuanceClient(BenchContext ctx, IssuanceTarget target) {
        this.http = ctx.http();
        this.json = ctx.json();
        this.timeout = ctx.requestTimeout();
        this.target = target;
    }

    IssuanceTarget target() {
        return target;
    }

    ObjectMapper json() {
        return json;
    }

    /** A random tag for ids and e-mail addresses, so that runs never collide. */
    static String runTag() {
        return Long.toString(ThreadLocalRandom.current().nextLong() & 0x7fffffffffffL, 36);
    }

    /** The e-mail address of recipient {@code n} of a run: distinct per run tag and n. */
    static String recipientEmail(String tag, long n) {
        return "learner-" + tag + "-" + n + "@bench.example";
    }

    /**
     * Registers a new issuer (operator token), mints an issuer-admin token for it, drafts and publishes the
     * tour's micro-credential. {@code log} gets one line per step.
     */
    Session setUp(String tag, java.io.PrintStream log) throws IOException, InterruptedException {
        Session issuer = registerIssuer(tag);
        String achievementId = publishAchievement(issuer.adminToken(), ACHIEVEMENT);
        if (log != null) {
            log.println("[setup] issuer " + issuer.issuerId() + ", achievement " + achievementId + " published ("
                    + target.issuanceUrl() + ")");
        }
        return new Session(issuer.issuerId(), issuer.adminToken(), achievementId);
    }

    /** Registers issuer {@code bench-<tag>} (operator token); the session has its issuer-admin token, no achievement. */
    Session registerIssuer(String tag) throws IOException, InterruptedException {
        String operator = mintToken("bench-operator", List.of("operator"), null);
        String issuerId = "bench-" + tag;
        ObjectNode issuer = json.createObjectNode().put("id", issuerId).put("name", "Bench Institute " + tag)
                .put("url", "https://bench.example").put("email", "office@bench.example").put("country", "NL");
        expect(send(post("/v1/issuers", operator, issuer.toString())), 201, "register issuer");
        return new Session(issuerId, mintToken("bench-admin", List.of("issuer-admin"), issuerId), null);
    }

    /** Drafts and publishes an achievement (its JSON); returns its id. */
    String publishAchievement(String adminToken, String achievementJson) throws IOException, InterruptedException {
        HttpResponse<String> drafted = expect(send(post("/v1/achievements", adminToken, achievementJson)), 201,
                "draft achievement");
        String achievementId = json.readTree(drafted.body()).path("id").asText();
        expect(send(post("/v1/achievements/" + achievementId + "/publish", adminToken, null)), 200,
                "publish achievement");
        return achievementId;
    }

    /** The tour's micro-credential ({@link #ACHIEVEMENT}: 3.5 credits, EQF 5, suspension allowed) named {@code name}. */
    String achievementNamed(String name) throws IOException {
        ObjectNode a = (ObjectNode) json.readTree(ACHIEVEMENT);
        a.put("name", name);
        return a.toString();
    }

    /** A token from the dev token issuer. */
    String mintToken(String subject, List<String> roles, String tenant) throws IOException, InterruptedException {
        return mintToken(subject, roles, tenant, null);
    }

    /** A token from the dev token issuer; {@code email} (verified) for a learner. */
    String mintToken(String subject, List<String> roles, String tenant, String email)
            throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode().put("subject", subject).put("ttlSeconds", TOKEN_TTL_SECONDS);
        roles.forEach(body.putArray("roles")::add);
        if (tenant != null) {
            body.put("tenant", tenant);
        }
        if (email != null) {
            body.put("email", email);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.tokenUrl())).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        HttpResponse<String> minted = expect(send(request), 200, "mint token at " + target.tokenUrl());
        String token = json.readTree(minted.body()).path("access_token").asText();
        if (token.isEmpty()) {
            throw new IllegalStateException("the token issuer at " + target.tokenUrl() + " gave no access_token");
        }
        return token;
    }

    /** The JSON body of POST /v1/credentials for recipient {@code email}. */
    String issueBody(String achievementId, String email) {
        ObjectNode body = json.createObjectNode().put("achievementId", achievementId);
        body.putObject("recipient").put("email", email);
        return body.toString();
    }

    /** POST /v1/credentials with an Idempotency-Key; the response as it came. */
    HttpResponse<String> issue(Session s, String email) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.issuanceUrl() + "/v1/credentials"))
                .timeout(timeout).header("Authorization", "Bearer " + s.adminToken())
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(issueBody(s.achievementId(), email))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** POST /v1/credentials/{id}/revoke. */
    HttpResponse<String> revoke(Session s, String credentialId, String reason)
            throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode().put("reason", reason);
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.issuanceUrl() + "/v1/credentials/"
                        + credentialId + "/revoke")).timeout(timeout)
                .header("Authorization", "Bearer " + s.adminToken()).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** POST /v1/credentials/{id}/suspend with a reason (the achievement must allow suspension). */
    HttpResponse<String> suspend(Session s, String credentialId, String reason)
            throws IOException, InterruptedException {
        ObjectNode body = json.createObjectNode().put("reason", reason);
        return send(post("/v1/credentials/" + credentialId + "/suspend", s.adminToken(), body.toString()));
    }

    /** POST /v1/credentials/{id}/reinstate (no body). */
    HttpResponse<String> reinstate(Session s, String credentialId) throws IOException, InterruptedException {
        return send(post("/v1/credentials/" + credentialId + "/reinstate", s.adminToken(), null));
    }

    /** The {@code encodedList} of the served status list at {@code url} (public: no token; never cached here). */
    String encodedList(String url) throws IOException, InterruptedException, UnexpectedStatusException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Accept", VC_LD_JSON).GET().build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new UnexpectedStatusException(r.statusCode(), "GET " + url + ": " + snippet(r.body()));
        }
        String encoded = json.readTree(r.body()).path("credentialSubject").path("encodedList").asText();
        if (encoded.isEmpty()) {
            throw new IllegalStateException("status list " + url + " has no credentialSubject.encodedList");
        }
        return encoded;
    }

    /** POST /v1/credential-batches with a JSON array or CSV body. */
    HttpResponse<String> postBatch(Session s, String body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.issuanceUrl() + "/v1/credential-batches"))
                .timeout(timeout).header("Authorization", "Bearer " + s.adminToken())
                .header("Content-Type", contentType).header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** GET of a batch's status URL (absolute, or a path on issuance). */
    HttpResponse<String> getBatch(Session s, String location) throws IOException, InterruptedException {
        URI uri = URI.create(location);
        if (!uri.isAbsolute()) {
            uri = URI.create(target.issuanceUrl() + (location.startsWith("/") ? "" : "/") + location);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Authorization", "Bearer " + s.adminToken()).header("Accept", "application/json")
                .GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The id and revocation entry of a credential as POST /v1/credentials returned it. */
    Issued parseIssued(String body) throws IOException {
        return parseIssued(json.readTree(body));
    }

    static Issued parseIssued(JsonNode credential) {
        String id = credential.path("id").asText();
        if (id.startsWith("urn:uuid:")) {
            id = id.substring("urn:uuid:".length());
        }
        if (id.isEmpty()) {
            throw new IllegalStateException("issued credential has no id");
        }
        JsonNode status = credential.path("credentialStatus");
        Iterable<JsonNode> entries = status.isArray() ? status : List.of(status);
        for (JsonNode entry : entries) {
            if ("revocation".equals(entry.path("statusPurpose").asText())) {
                String url = entry.path("statusListCredential").asText();
                String index = entry.path("statusListIndex").asText();
                if (url.isEmpty() || index.isEmpty()) {
                    break;
                }
                return new Issued(id, url, Integer.parseInt(index));
            }
        }
        throw new IllegalStateException("credential " + id + " has no revocation status entry");
    }

    HttpRequest post(String path, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target.issuanceUrl() + path)).timeout(timeout)
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", UUID.randomUUID().toString());
        if (body == null) {
            return b.POST(HttpRequest.BodyPublishers.noBody()).build();
        }
        return b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new IOException("cannot connect to " + request.uri().getScheme() + "://"
                    + request.uri().getAuthority() + " (" + request.method() + " " + request.uri().getPath()
                    + "): is the local stack running (./credstack up)?", e);
        }
    }

    static HttpResponse<String> expect(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(what + ": expected HTTP " + status + ", got " + r.statusCode() + " "
                    + snippet(r.body()));
        }
        return r;
    }

    static String snippet(String body) {
        if (body == null) {
            return "";
        }
        String oneLine = body.replaceAll("\\s+", " ").trim();
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "..." : oneLine;
    }
}
