package org.credstack.devstack;

import static org.credstack.devstack.DevTokenIssuer.DEFAULT_TTL_SECONDS;
import static org.credstack.devstack.DevTokenIssuer.JWKS_PATH;
import static org.credstack.devstack.DevTokenIssuer.OIDC_CONFIG_PATH;
import static org.credstack.devstack.DevTokenIssuer.REALM_PATH;
import static org.credstack.devstack.DevTokenIssuer.TOKEN_PATH;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of the {@link DevTokenIssuer}: the JWKS, the OpenID discovery document and {@code POST /dev/tokens};
 * errors are {@code application/problem+json}.
 */
final class DevTokenEndpoints implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DevTokenIssuer.class);
    private static final Set<String> REQUEST_FIELDS = Set.of("subject", "roles", "tenant", "email", "ttlSeconds");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final DevTokenIssuer issuer;

    DevTokenEndpoints(DevTokenIssuer issuer) {
        this.issuer = issuer;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            switch (path) {
                case JWKS_PATH, REALM_PATH + "/protocol/openid-connect/certs" ->
                        onlyGet(exchange, method, () -> json(exchange, 200, "application/json", issuer.jwks()));
                case OIDC_CONFIG_PATH, REALM_PATH + OIDC_CONFIG_PATH ->
                        onlyGet(exchange, method, () -> json(exchange, 200, "application/json",
                                issuer.openidConfiguration()));
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
        if (body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
            respondWithToken(exchange, null, Set.of(), null, null, DEFAULT_TTL_SECONDS);
            return;
        }
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
            String subject = optionalText(node, "subject");
            String tenant = optionalText(node, "tenant");
            String email = optionalText(node, "email");
            Set<String> roles = roles(node.get("roles"));
            long ttl = ttl(node.get("ttlSeconds"));
            if (email != null && !email.contains("@")) {
                throw new IllegalArgumentException("'email' is not an e-mail address");
            }
            respondWithToken(exchange, subject, roles, tenant, email, ttl);
        } catch (IllegalArgumentException e) {
            problem(exchange, 400, "Bad Request", e.getMessage());
        }
    }

    private void respondWithToken(HttpExchange exchange, String subject, Set<String> roles, String tenant,
                                  String email, long ttl) throws IOException {
        String token = issuer.mint(subject, roles, tenant, email, ttl);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("access_token", token);
        response.put("token_type", "Bearer");
        response.put("expires_in", ttl);
        json(exchange, 200, "application/json", response);
    }

    private static Set<String> roles(JsonNode r) {
        if (r == null || r.isNull()) {
            return Set.of();
        }
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
        return parsed;
    }

    private static long ttl(JsonNode t) {
        if (t == null || t.isNull()) {
            return DEFAULT_TTL_SECONDS;
        }
        if (!t.canConvertToLong() || !t.isIntegralNumber()) {
            throw new IllegalArgumentException("'ttlSeconds' must be an integer");
        }
        return t.asLong();
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
}
