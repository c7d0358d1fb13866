package org.credstack.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local development token issuer: mints RS256 JWTs that the services accept through their ordinary
 * MicroProfile JWT verification (JWKS URL + issuer). It exists only in the local stack and in tests, bound to
 * 127.0.0.1; anyone who can reach it can become any user with any role, which is why no deployment ever points a
 * service at it.
 *
 * <p>Endpoints: {@code GET /.well-known/jwks.json}, {@code GET /.well-known/openid-configuration} (also under the
 * issuer path), {@code POST /dev/tokens} with {@code {"subject","roles","tenant","email","ttlSeconds"}} (all
 * optional), answering {@code {"access_token","token_type":"Bearer","expires_in"}}; errors are
 * {@code application/problem+json}.
 */
public final class DevTokenIssuer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DevTokenIssuer.class);

    /** The roles the platform knows. */
    public static final Set<String> ROLES = Set.of(
            "operator", "issuer-admin", "issuer-staff", "assessor", "learner", "partner");
    public static final String AUDIENCE = "credstack";
    public static final String REALM_PATH = "/realms/credstack-dev";
    public static final String JWKS_PATH = "/.well-known/jwks.json";
    public static final String OIDC_CONFIG_PATH = "/.well-known/openid-configuration";
    public static final String TOKEN_PATH = "/dev/tokens";
    public static final String DEFAULT_SUBJECT = "dev-user";
    public static final long DEFAULT_TTL_SECONDS = 3600;
    public static final long MAX_TTL_SECONDS = 7L * 24 * 3600;
    static final String KEY_FILE = "dev-token-issuer-key.p8";
    private static final Set<String> REQUEST_FIELDS = Set.of("subject", "roles", "tenant", "email", "ttlSeconds");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private final int requestedPort;
    private final Path dataDir;

    private HttpServer server;
    private ExecutorService executor;
    private RSAPrivateCrtKey privateKey;
    private RSAPublicKey publicKey;
    private String keyId;
    private int port;
    /** True when this object is a view of an issuer that another class loader of this JVM runs (see Devstack). */
    private boolean attached;

    /** An issuer on a free port with a key that lives as long as this object. */
    public DevTokenIssuer() {
        this(0, null);
    }

    /**
     * @param port    port on 127.0.0.1, 0 for a free one
     * @param dataDir where the signing key is kept ({@value #KEY_FILE}) so that tokens survive restarts; null keeps
     *                the key in memory only
     */
    public DevTokenIssuer(int port, Path dataDir) {
        this.requestedPort = port;
        this.dataDir = dataDir == null ? null : dataDir.toAbsolutePath();
    }

    /** A view of an issuer run elsewhere in this JVM (same key and port): it mints, start()/stop() are ignored. */
    static DevTokenIssuer attached(int port, byte[] pkcs8PrivateKey) {
        DevTokenIssuer issuer = new DevTokenIssuer(port, null);
        try {
            issuer.privateKey = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(pkcs8PrivateKey));
            issuer.publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(
                    new RSAPublicKeySpec(issuer.privateKey.getModulus(), issuer.privateKey.getPublicExponent()));
            issuer.keyId = thumbprint(issuer.publicKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        issuer.port = port;
        issuer.attached = true;
        return issuer;
    }

    /** PKCS#8 encoding of the signing key (for views in other class loaders of this JVM). */
    byte[] encodedPrivateKey() {
        return privateKey.getEncoded();
    }

    /** Loads or generates the key and starts serving. */
    public synchronized DevTokenIssuer start() {
        if (server != null || attached) {
            return this;
        }
        loadOrCreateKey();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("dev token issuer cannot listen on 127.0.0.1:" + requestedPort, e);
        }
        port = server.getAddress().getPort();
        executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "dev-token-issuer");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        LOG.info("dev token issuer at {} (kid {})", baseUrl(), keyId);
        return this;
    }

    /** Stops serving. Idempotent. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
        server = null;
        executor = null;
    }

    @Override
    public void close() {
        stop();
    }

    public int port() {
        if (port == 0) {
            throw new IllegalStateException("dev token issuer not started");
        }
        return port;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** The {@code iss} of every token: {@code http://127.0.0.1:<port>/realms/credstack-dev}. */
    public String issuer() {
        return baseUrl() + REALM_PATH;
    }

    /** The JWKS URL, for {@code mp.jwt.verify.publickey.location}. */
    public String jwksUrl() {
        return baseUrl() + JWKS_PATH;
    }

    /** {@code POST} here to mint a token. */
    public String tokenEndpoint() {
        return baseUrl() + TOKEN_PATH;
    }

    public String keyId() {
        return keyId;
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    /** A token valid for an hour. {@code tenant} and {@code email} may be null. */
    public String mint(String subject, Set<String> roles, String tenant, String email) {
        return mint(subject, roles, tenant, email, DEFAULT_TTL_SECONDS);
    }

    /** A token valid for {@code ttlSeconds}. Unknown roles are rejected. */
    public String mint(String subject, Set<String> roles, String tenant, String email, long ttlSeconds) {
        if (privateKey == null) {
            throw new IllegalStateException("dev token issuer not started");
        }
        String sub = subject == null || subject.isBlank() ? DEFAULT_SUBJECT : subject;
        Set<String> groups = roles == null ? Set.of() : new LinkedHashSet<>(roles);
        for (String role : groups) {
            if (!ROLES.contains(role)) {
                throw new IllegalArgumentException("unknown role '" + role + "', known: " + ROLES);
            }
        }
        if (ttlSeconds < 1 || ttlSeconds > MAX_TTL_SECONDS) {
            throw new IllegalArgumentException("ttlSeconds must be between 1 and " + MAX_TTL_SECONDS);
        }
        long now = Instant.now().getEpochSecond();
        ObjectNode header = JSON.createObjectNode().put("alg", "RS256").put("typ", "JWT").put("kid", keyId);
        ObjectNode claims = JSON.createObjectNode();
        claims.put("iss", issuer());
        claims.put("sub", sub);
        claims.put("aud", AUDIENCE);
        claims.put("iat", now);
        claims.put("nbf", now);
        claims.put("exp", now + ttlSeconds);
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("preferred_username", sub);
        claims.putArray("groups").addAll(groups.stream().map(JSON.getNodeFactory()::textNode).toList());
        if (tenant != null && !tenant.isBlank()) {
            claims.put("tenant", tenant);
        }
        if (email != null && !email.isBlank()) {
            claims.put("email", email);
            claims.put("email_verified", true);
        }
        try {
            String signingInput = B64URL.encodeToString(JSON.writeValueAsBytes(header)) + "."
                    + B64URL.encodeToString(JSON.writeValueAsBytes(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64URL.encodeToString(signature.sign());
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign token", e);
        }
    }

    /** The JWKS document served at {@link #jwksUrl()}. */
    public Map<String, Object> jwks() {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kid", keyId);
        jwk.put("kty", "RSA");
        jwk.put("alg", "RS256");
        jwk.put("use", "sig");
        jwk.put("n", base64Url(publicKey.getModulus()));
        jwk.put("e", base64Url(publicKey.getPublicExponent()));
        return Map.of("keys", List.of(jwk));
    }

    /** The OpenID discovery document. */
    public Map<String, Object> openidConfiguration() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("issuer", issuer());
        doc.put("jwks_uri", jwksUrl());
        doc.put("token_endpoint", tokenEndpoint());
        doc.put("id_token_signing_alg_values_supported", List.of("RS256"));
        doc.put("response_types_supported", List.of("token"));
        doc.put("subject_types_supported", List.of("public"));
        doc.put("claims_supported", List.of("iss", "sub", "aud", "iat", "exp", "jti", "groups", "tenant", "email",
                "email_verified", "preferred_username"));
        return doc;
    }

    // ---------------------------------------------------------------------------------------------------- HTTP

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            switch (path) {
                case JWKS_PATH, REALM_PATH + "/protocol/openid-connect/certs" ->
                        onlyGet(exchange, method, () -> json(exchange, 200, "application/json", jwks()));
                case OIDC_CONFIG_PATH, REALM_PATH + OIDC_CONFIG_PATH ->
                        onlyGet(exchange, method, () -> json(exchange, 200, "application/json",
                                openidConfiguration()));
                case TOKEN_PATH -> {
                    if (!"POST".equals(method)) {
                        exchange.getResponseHeaders().add("Allow", "POST");
                        problem(exchange, 405, "Method Not Allowed", "use POST " + TOKEN_PATH);
                    } else {
                        mintFromRequest(exchange);
                    }
                }
                default -> problem(exchange, 404, "Not Found", "no resource at " + path);
            }
        } catch (RuntimeException e) {
            LOG.warn("dev token issuer failed on {}", exchange.getRequestURI(), e);
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void onlyGet(HttpExchange exchange, String method, IoAction action) throws IOException {
        if ("GET".equals(method) || "HEAD".equals(method)) {
            action.run();
        } else {
            exchange.getResponseHeaders().add("Allow", "GET");
            problem(exchange, 405, "Method Not Allowed", "use GET");
        }
    }

    private void mintFromRequest(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(64 * 1024);
        }
        String subject = null;
        String tenant = null;
        String email = null;
        Set<String> roles = Set.of();
        long ttl = DEFAULT_TTL_SECONDS;
        if (body.length > 0 && !new String(body, StandardCharsets.UTF_8).isBlank()) {
            JsonNode node;
            try {
                node = JSON.readTree(body);
            } catch (IOException e) {
                problem(exchange, 400, "Bad Request", "the body is not valid JSON");
                return;
            }
            if (node == null || !node.isObject()) {
                problem(exchange, 400, "Bad Request", "the body must be a JSON object");
                return;
            }
            for (var it = node.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!REQUEST_FIELDS.contains(field)) {
                    problem(exchange, 400, "Bad Request", "unknown field '" + field + "', known: " + REQUEST_FIELDS);
                    return;
                }
            }
            try {
                subject = optionalText(node, "subject");
                tenant = optionalText(node, "tenant");
                email = optionalText(node, "email");
                JsonNode r = node.get("roles");
                if (r != null && !r.isNull()) {
                    if (!r.isArray()) {
                        throw new IllegalArgumentException("'roles' must be an array of strings");
                    }
                    Set<String> parsed = new LinkedHashSet<>();
                    for (JsonNode role : r) {
                        if (!role.isTextual()) {
                            throw new IllegalArgumentException("'roles' must be an array of strings");
                        }
                        parsed.add(role.asText());
                    }
                    roles = parsed;
                }
                JsonNode t = node.get("ttlSeconds");
                if (t != null && !t.isNull()) {
                    if (!t.canConvertToLong() || !t.isIntegralNumber()) {
                        throw new IllegalArgumentException("'ttlSeconds' must be an integer");
                    }
                    ttl = t.asLong();
                }
                if (email != null && !email.contains("@")) {
                    throw new IllegalArgumentException("'email' is not an e-mail address");
                }
                String token = mint(subject, roles, tenant, email, ttl);
                Map<String, Object> response = new LinkedHashMap<>();
                response.put("access_token", token);
                response.put("token_type", "Bearer");
                response.put("expires_in", ttl);
                json(exchange, 200, "application/json", response);
            } catch (IllegalArgumentException e) {
                problem(exchange, 400, "Bad Request", e.getMessage());
            }
            return;
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("access_token", mint(subject, roles, tenant, email, ttl));
        response.put("token_type", "Bearer");
        response.put("expires_in", ttl);
        json(exchange, 200, "application/json", response);
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' must be a string");
        }
        return value.asText();
    }

    private static void problem(HttpExchange exchange, int status, String title, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", exchange.getRequestURI().getPath());
        json(exchange, status, "application/problem+json", problem);
    }

    private static void json(HttpExchange exchange, int status, String contentType, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    // ---------------------------------------------------------------------------------------------------- keys

    private void loadOrCreateKey() {
        if (privateKey != null) {
            return;
        }
        try {
            Path keyFile = dataDir == null ? null : dataDir.resolve(KEY_FILE);
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            if (keyFile != null && Files.exists(keyFile)) {
                privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(
                        Base64.getMimeDecoder().decode(Files.readString(keyFile)
                                .replaceAll("-----[A-Z ]+-----", "").trim())));
            } else {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                privateKey = (RSAPrivateCrtKey) pair.getPrivate();
                if (keyFile != null) {
                    Files.createDirectories(dataDir);
                    String pem = "-----BEGIN PRIVATE KEY-----\n"
                            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(privateKey.getEncoded())
                            + "\n-----END PRIVATE KEY-----\n";
                    Files.writeString(keyFile, pem);
                    try {
                        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException ignored) {
                        // not a POSIX file system
                    }
                }
            }
            publicKey = (RSAPublicKey) rsa.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            keyId = thumbprint(publicKey);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load or store the dev token issuer key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot load or create the dev token issuer key", e);
        }
    }

    /** RFC 7638 JWK thumbprint (SHA-256, base64url). */
    private static String thumbprint(RSAPublicKey key) throws GeneralSecurityException {
        String canonical = "{\"e\":\"" + base64Url(key.getPublicExponent()) + "\",\"kty\":\"RSA\",\"n\":\""
                + base64Url(key.getModulus()) + "\"}";
        return B64URL.encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    /** Unsigned big-endian base64url, as JWK wants it. */
    static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return B64URL.encodeToString(bytes);
    }
}
