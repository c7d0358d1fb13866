package org.credstack.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What {@code ./credstack up} tells once the stack runs: the banner with URLs, JDBC settings and a dev token per role,
 * and the same as {@code stack.json} for scripts and for {@code ./credstack rebuild}.
 */
final class StackReport {

    static final List<String> ROLES = List.of("operator", "issuer-admin", "issuer-staff", "assessor", "learner",
            "partner");
    static final String DEMO_TENANT = "demo-university";
    static final String LEARNER_EMAIL = "learner@example.org";
    static final long PRINTED_TOKEN_TTL = 12 * 3600;

    private final LauncherOptions options;
    private final Path root;
    private final Path state;
    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafka kafka;
    private final DevTokenIssuer tokens;
    private final Set<String> running;

    /** @param running the services started (the others are reported as not running) */
    StackReport(LauncherOptions options, Path root, Path state, EmbeddedPostgresServer postgres, EmbeddedKafka kafka,
                DevTokenIssuer tokens, Set<String> running) {
        this.options = options;
        this.root = root;
        this.state = state;
        this.postgres = postgres;
        this.kafka = kafka;
        this.tokens = tokens;
        this.running = running;
    }

    /** A token per role, valid {@value #PRINTED_TOKEN_TTL} s. */
    Map<String, String> mintRoleTokens() {
        Map<String, String> result = new LinkedHashMap<>();
        for (String role : ROLES) {
            result.put(role, tokens.mint("dev-" + role, Set.of(role), tenantOf(role), emailOf(role),
                    PRINTED_TOKEN_TTL));
        }
        return result;
    }

    static String tenantOf(String role) {
        return switch (role) {
            case "issuer-admin", "issuer-staff", "assessor" -> DEMO_TENANT;
            default -> null;
        };
    }

    static String emailOf(String role) {
        return role.equals("learner") ? LEARNER_EMAIL : null;
    }

    void print(PrintStream out, Map<String, String> roleTokens, List<String> missing) {
        out.println();
        out.println("================================ credstack local stack ================================");
        printServices(out, missing);
        out.println();
        out.println("Kafka bootstrap   " + kafka.bootstrapServers() + "   topics: "
                + String.join(", ", CredstackTopics.all().stream().map(TopicSpec::name).toList()));
        for (String name : Launcher.SERVICES) {
            out.printf("JDBC %-12s %s  (user %s, password %s)%n", name, postgres.jdbcUrl("credstack_" + name),
                    postgres.username(), postgres.password());
        }
        out.println("Token endpoint    POST " + tokens.tokenEndpoint()
                + "   (JWKS " + tokens.jwksUrl() + ", issuer " + tokens.issuer() + ")");
        out.println();
        printTokens(out, roleTokens);
        String anyBase = "http://localhost:" + options.servicePort("issuance");
        out.println();
        out.println("Try:  TOKEN=$(jq -r '.tokens[\"issuer-admin\"]' " + root.relativize(state.resolve("stack.json"))
                + ") && curl -s -H \"Authorization: Bearer $TOKEN\" " + anyBase + "/q/openapi | head");
        out.println("Mint: curl -s -X POST " + tokens.tokenEndpoint() + " -H 'Content-Type: application/json' -d "
                + "'{\"subject\":\"alice\",\"roles\":[\"issuer-admin\"],\"tenant\":\"" + DEMO_TENANT
                + "\",\"ttlSeconds\":3600}'");
        out.println("========================================================================================");
    }

    private void printServices(PrintStream out, List<String> missing) {
        for (String name : Launcher.SERVICES) {
            String base = "http://localhost:" + options.servicePort(name);
            if (running.contains(name)) {
                out.printf("%-12s %s%n", name, base);
                out.printf("%-12s   swagger-ui %s/q/swagger-ui   health %s/q/health   openapi %s/q/openapi%n", "",
                        base, base, base);
                out.printf("%-12s   log %s%n", "", root.relativize(state.resolve("logs/" + name + ".log")));
            } else {
                out.printf("%-12s NOT RUNNING (%s)%n", name, missing.contains(name)
                        ? name + "-service/target/quarkus-app/quarkus-run.jar is missing" : "--infra-only");
            }
        }
    }

    private void printTokens(PrintStream out, Map<String, String> roleTokens) {
        out.println("Dev tokens (valid " + PRINTED_TOKEN_TTL / 3600 + " h; also in "
                + root.relativize(state.resolve("stack.json")) + " under \"tokens\"):");
        for (var entry : roleTokens.entrySet()) {
            String role = entry.getKey();
            StringBuilder who = new StringBuilder("sub=dev-" + role);
            if (tenantOf(role) != null) {
                who.append(", tenant=").append(tenantOf(role));
            }
            if (emailOf(role) != null) {
                who.append(", email=").append(emailOf(role));
            }
            out.printf("  %-13s (%s)%n  %s%n", role, who, entry.getValue());
        }
    }

    /** {@code <state>/stack.json}. */
    void writeStackJson(Map<String, String> roleTokens) {
        Map<String, Object> doc = new LinkedHashMap<>();
        Map<String, Object> svc = new LinkedHashMap<>();
        for (String name : Launcher.SERVICES) {
            Map<String, Object> s = new LinkedHashMap<>();
            String base = "http://localhost:" + options.servicePort(name);
            s.put("baseUrl", base);
            s.put("running", running.contains(name));
            s.put("swaggerUi", base + "/q/swagger-ui");
            s.put("health", base + "/q/health");
            s.put("openapi", base + "/q/openapi");
            s.put("log", state.resolve("logs/" + name + ".log").toString());
            svc.put(name, s);
        }
        doc.put("services", svc);
        doc.put("tokenEndpoint", tokens.tokenEndpoint());
        doc.put("jwksUrl", tokens.jwksUrl());
        doc.put("issuer", tokens.issuer());
        doc.put("kafkaBootstrap", kafka.bootstrapServers());
        Map<String, Object> jdbc = new LinkedHashMap<>();
        for (String name : Launcher.SERVICES) {
            jdbc.put(name, Map.of("url", postgres.jdbcUrl("credstack_" + name), "username", postgres.username(),
                    "password", postgres.password()));
        }
        doc.put("postgres", jdbc);
        doc.put("tokens", roleTokens);
        try {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(state.resolve("stack.json").toFile(), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
