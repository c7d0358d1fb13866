package org.credstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the local stack's issuance service, dev token issuer and PostgreSQL are: explicit options win, then
 * {@code .credstack/stack.json} (written by {@code ./credstack up}), then the launcher's default ports.
 *
 * @param fromStackFile the stack file that supplied defaults, or null when none was read
 */
record IssuanceTarget(String issuanceUrl, String tokenUrl, String jdbcUrl, String dbUser, String dbPassword,
                      Path fromStackFile) {

    static final String DEFAULT_ISSUANCE = "http://localhost:8081";
    static final String DEFAULT_TOKENS = "http://localhost:58080/dev/tokens";
    /** The scratch database of the raw PostgreSQL measurement, on the stack's server. */
    static final String SCRATCH_DATABASE = "credstack_bench";
    static final String DEFAULT_JDBC = "jdbc:postgresql://localhost:55432/" + SCRATCH_DATABASE;

    /** Resolves each value: the option when given, else stack.json when readable, else the default. */
    static IssuanceTarget resolve(Path stackFile, String issuanceUrl, String tokenUrl, String jdbcUrl, String dbUser,
                                  String dbPassword, ObjectMapper json) throws IOException {
        JsonNode stack = null;
        if (stackFile != null && Files.isReadable(stackFile)) {
            stack = json.readTree(stackFile.toFile());
        }
        String issuance = issuanceUrl != null ? issuanceUrl
                : text(stack, "/services/issuance/baseUrl", DEFAULT_ISSUANCE);
        String tokens = tokenUrl != null ? tokenUrl : text(stack, "/tokenEndpoint", DEFAULT_TOKENS);
        String jdbc = jdbcUrl != null ? jdbcUrl : scratchUrl(text(stack, "/postgres/issuance/url", DEFAULT_JDBC));
        String user = dbUser != null ? dbUser : text(stack, "/postgres/issuance/username", "postgres");
        String password = dbPassword != null ? dbPassword : text(stack, "/postgres/issuance/password", "postgres");
        return new IssuanceTarget(stripSlash(issuance), tokens, jdbc, user, password, stack != null ? stackFile : null);
    }

    /** The same server as a service's JDBC URL, database {@link #SCRATCH_DATABASE} (query parameters kept). */
    static String scratchUrl(String serviceJdbcUrl) {
        int scheme = serviceJdbcUrl.indexOf("//");
        int slash = scheme < 0 ? -1 : serviceJdbcUrl.indexOf('/', scheme + 2);
        if (slash < 0) {
            return serviceJdbcUrl;
        }
        int query = serviceJdbcUrl.indexOf('?', slash);
        return serviceJdbcUrl.substring(0, slash + 1) + SCRATCH_DATABASE
                + (query < 0 ? "" : serviceJdbcUrl.substring(query));
    }

    /** The same server's maintenance database ({@code postgres}), to create the scratch database from. */
    static String maintenanceUrl(String jdbcUrl) {
        int scheme = jdbcUrl.indexOf("//");
        int slash = scheme < 0 ? -1 : jdbcUrl.indexOf('/', scheme + 2);
        if (slash < 0) {
            return jdbcUrl;
        }
        int query = jdbcUrl.indexOf('?', slash);
        return jdbcUrl.substring(0, slash + 1) + "postgres" + (query < 0 ? "" : jdbcUrl.substring(query));
    }

    /** The database name of a JDBC URL ({@code jdbc:postgresql://host:port/NAME?...}). */
    static String databaseName(String jdbcUrl) {
        int scheme = jdbcUrl.indexOf("//");
        int slash = scheme < 0 ? -1 : jdbcUrl.indexOf('/', scheme + 2);
        if (slash < 0) {
            return "";
        }
        int query = jdbcUrl.indexOf('?', slash);
        return jdbcUrl.substring(slash + 1, query < 0 ? jdbcUrl.length() : query);
    }

    String describe() {
        return "issuance " + issuanceUrl + ", tokens " + tokenUrl
                + (fromStackFile != null ? " (defaults from " + fromStackFile + ")" : " (no stack file; defaults)");
    }

    private static String text(JsonNode stack, String pointer, String fallback) {
        if (stack == null) {
            return fallback;
        }
        JsonNode n = stack.at(pointer);
        return n.isTextual() && !n.asText().isBlank() ? n.asText() : fallback;
    }

    private static String stripSlash(String url) {
        return url.replaceAll("/+$", "");
    }
}
