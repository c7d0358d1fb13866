package org.credstack.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int requestedPort;
    private final Path dataDir;

    private HttpServer server;
    private ExecutorService executor;
    private JwtMinter minter;
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
            issuer.minter = JwtMinter.of(pkcs8PrivateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        issuer.port = port;
        issuer.attached = true;
        return issuer;
    }

    /** PKCS#8 encoding of the signing key (for views in other class loaders of this JVM). */
    byte[] encodedPrivateKey() {
        return minter.encodedPrivateKey();
    }

    /** Loads or generates the key and starts serving. */
    public synchronized DevTokenIssuer start() {
        if (server != null || attached) {
            return this;
        }
        if (minter == null) {
            minter = JwtMinter.loadOrCreate(dataDir == null ? null : dataDir.resolve(KEY_FILE));
        }
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
        server.createContext("/", new DevTokenEndpoints(this));
        server.start();
        LOG.info("dev token issuer at {} (kid {})", baseUrl(), keyId());
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
        return minter == null ? null : minter.keyId();
    }

    public RSAPublicKey publicKey() {
        return minter == null ? null : minter.publicKey();
    }

    /** A token valid for an hour. {@code tenant} and {@code email} may be null. */
    public String mint(String subject, Set<String> roles, String tenant, String email) {
        return mint(subject, roles, tenant, email, DEFAULT_TTL_SECONDS);
    }

    /** A token valid for {@code ttlSeconds}. Unknown roles are rejected. */
    public String mint(String subject, Set<String> roles, String tenant, String email, long ttlSeconds) {
        if (minter == null) {
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
        return minter.sign(claims);
    }

    /** The JWKS document served at {@link #jwksUrl()}. */
    public Map<String, Object> jwks() {
        return minter.jwks();
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
}
