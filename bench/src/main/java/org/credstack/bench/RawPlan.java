package org.credstack.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * What {@code raw} runs: the parts asked for (or all whose inputs are there), each as a scenario, and the table of
 * their medians at the end.
 */
final class RawPlan implements AutoCloseable {

    /** The representative credential: one issued by the local stack (tour achievement), proof included. */
    static final String CREDENTIAL_RESOURCE = "/bench/ob3-credential.json";

    /**
     * @param unit   what one operation (after {@code adjust}) is: "signatures", "credentials", ...
     * @param adjust applied to each run's summary: pg-batch reports credentials (rows), not transactions
     */
    record Part(String id, Scenario scenario, String unit, UnaryOperator<Summary> adjust) {
    }

    record Row(Part part, int threads, Summary median) {
    }

    private final List<Part> parts;
    private final List<String> skipped;
    private final VcLibrary vc;

    private RawPlan(List<Part> parts, List<String> skipped, VcLibrary vc) {
        this.parts = parts;
        this.skipped = skipped;
        this.vc = vc;
    }

    List<Part> parts() {
        return parts;
    }

    /** "part: why" for each part left out. */
    List<String> skipped() {
        return skipped;
    }

    static RawPlan prepare(CliOptions o, PrintStream log) throws Exception {
        boolean explicit = o.parts != null;
        List<String> wanted = explicit ? o.parts : RawParts.ALL;
        ObjectMapper json = new ObjectMapper();
        String signed = credential(o, json);
        ObjectNode unsignedNode = (ObjectNode) json.readTree(signed);
        unsignedNode.remove("proof");
        String unsigned = json.writeValueAsString(unsignedNode);
        log.println("[setup] credential: " + (o.credential != null ? o.credential : "bundled " + CREDENTIAL_RESOURCE)
                + " (" + signed.length() + " B signed, " + unsigned.length() + " B without proof)");

        List<Part> parts = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        VcLibrary vc = null;
        IssuanceTarget pg = null;
        try {
            for (String id : wanted) {
                switch (id) {
                    case RawParts.ED25519 -> parts.add(new Part(id, RawParts.ed25519(), "signatures", s -> s));
                    case RawParts.RS256 -> parts.add(new Part(id, RawParts.rs256(signed), "signatures", s -> s));
                    case RawParts.ED25519_VERIFY -> parts.add(new Part(id, RawParts.ed25519Verify(), "verifications",
                            s -> s));
                    case RawParts.CANONICALIZE, RawParts.PROOF, RawParts.VERIFY -> {
                        if (o.vcJar == null) {
                            skipped.add(id + ": needs --vc-jar and --vc-classpath (see bench/README.md)");
                            continue;
                        }
                        if (vc == null) {
                            vc = VcLibrary.load(o.vcJar, o.vcClasspath);
                            log.println("[setup] verifiable-credentials loaded from " + o.vcJar);
                        }
                        parts.add(switch (id) {
                            case RawParts.CANONICALIZE -> new Part(id, RawParts.canonicalize(vc, unsigned), "documents",
                                    s -> s);
                            case RawParts.PROOF -> new Part(id, RawParts.proof(vc, unsigned), "proofs", s -> s);
                            default -> new Part(id, RawParts.verify(vc, unsigned, log), "verifications", s -> s);
                        });
                    }
                    case RawParts.PG_SINGLE, RawParts.PG_BATCH -> {
                        if (pg == null) {
                            pg = IssuanceTarget.resolve(o.stack, null, null, o.jdbcUrl, o.dbUser, o.dbPassword,
                                    json);
                        }
                        if (!explicit) {
                            String why = unreachable(pg);
                            if (why != null) {
                                skipped.add(id + ": " + why);
                                continue;
                            }
                        }
                        int batch = id.equals(RawParts.PG_SINGLE) ? 1 : o.pgBatch;
                        parts.add(new Part(id, new PgInsertScenario(pg, batch, signed, log), "credentials",
                                batch == 1 ? s -> s : s -> scaled(s, batch)));
                    }
                    default -> throw new IllegalArgumentException("unknown part " + id);
                }
            }
        } catch (Exception | LinkageError e) {
            if (vc != null) {
                vc.close();
            }
            throw e;
        }
        for (String s : skipped) {
            log.println("[setup] SKIPPED " + s);
        }
        return new RawPlan(List.copyOf(parts), List.copyOf(skipped), vc);
    }

    /** The credential JSON: --credential, or the bundled one. */
    static String credential(CliOptions o, ObjectMapper json) throws IOException {
        String text;
        if (o.credential != null) {
            text = Files.readString(o.credential, StandardCharsets.UTF_8);
        } else {
            try (InputStream in = RawPlan.class.getResourceAsStream(CREDENTIAL_RESOURCE)) {
                if (in == null) {
                    throw new IOException("resource " + CREDENTIAL_RESOURCE + " missing from the bench jar");
                }
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        if (!json.readTree(text).isObject()) {
            throw new IOException("the credential is not a JSON object");
        }
        return json.writeValueAsString(json.readTree(text)); // compact, as issuance stores it
    }

    /** Why PostgreSQL cannot be used (the server, via its maintenance database), or null when it can. */
    private static String unreachable(IssuanceTarget pg) {
        try (Connection c = DriverManager.getConnection(IssuanceTarget.maintenanceUrl(pg.jdbcUrl()), pg.dbUser(),
                pg.dbPassword())) {
            return null;
        } catch (SQLException e) {
            return "PostgreSQL at " + pg.jdbcUrl() + " not reachable (" + e.getMessage()
                    + "); start the stack or give --jdbc-url";
        }
    }

    /** Counts and throughput in units of {@code factor} per operation (credentials of a batch transaction). */
    static Summary scaled(Summary s, int factor) {
        return new Summary(s.scenario(), s.mode(), s.target(), s.durationSeconds(), s.count() * factor,
                s.errors() * factor, s.throughput() * factor, s.latency(), s.named(), s.failures(), s.runs());
    }

    static void printTable(List<Row> rows, List<String> skipped, int repeat, PrintStream out) {
        out.println("== raw limits" + (repeat > 1 ? " (median of " + repeat + " runs each)" : "") + " ==");
        out.printf(Locale.ROOT, "%-52s %7s %12s %-12s %10s %10s %7s%n", "part", "threads", "per second", "unit",
                "p50 ms", "p99 ms", "errors");
        for (Row r : rows) {
            Summary s = r.median();
            String name = s.scenario().length() > 52 ? s.scenario().substring(0, 52) : s.scenario();
            out.printf(Locale.ROOT, "%-52s %7d %12.1f %-12s %10.3f %10.3f %7d%n", name, r.threads(),
                    s.throughput(), r.part().unit(), s.latency().p50Ms(), s.latency().p99Ms(), s.errors());
        }
        for (String s : skipped) {
            out.println("SKIPPED  " + s);
        }
    }

    @Override
    public void close() throws IOException {
        if (vc != null) {
            vc.close();
        }
    }
}
