package org.credstack.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * {@code ./credstack up [--fresh]}: the whole platform on this machine without Docker. PostgreSQL, Kafka and the dev
 * token issuer run in (or under) this JVM, the three services as child JVMs from their {@code quarkus-run.jar}s.
 * Ctrl-C stops everything: services first, then the token issuer, Kafka, PostgreSQL.
 */
public final class Launcher {

    static final String USAGE = """
            Usage: ./credstack <command> [options]

            Commands:
              up                                start PostgreSQL, Kafka, the dev token issuer and the three
                                                services; Ctrl-C stops all
              rebuild <service> <projection>    rebuild a projection from offset zero on the running stack and
                                                follow it with a progress bar (exit 0 DONE, 1 FAILED)
              projections <service>             list a service's projections: generation, counters, last rebuild
              help                              show this text

            Options of 'up' (each also as an environment variable):
              --fresh                   wipe .credstack/ (all data) before starting
              --infra-only              start PostgreSQL, Kafka and the token issuer, not the services
              --state-dir DIR           state folder (CREDSTACK_STATE_DIR, default .credstack)
              --postgres-port N         PostgreSQL (CREDSTACK_POSTGRES_PORT, default 55432)
              --kafka-port N            Kafka PLAINTEXT (CREDSTACK_KAFKA_PORT, default 59092)
              --kafka-controller-port N KRaft controller (CREDSTACK_KAFKA_CONTROLLER_PORT, default 59093)
              --tokens-port N           dev token issuer (CREDSTACK_TOKENS_PORT, default 58080)
              --issuance-port N         issuance-service (CREDSTACK_ISSUANCE_PORT, default 8081)
              --wallet-port N           wallet-service (CREDSTACK_WALLET_PORT, default 8082)
              --recognition-port N      recognition-service (CREDSTACK_RECOGNITION_PORT, default 8083)
              --health-timeout SECONDS  how long a service may take to become ready (CREDSTACK_HEALTH_TIMEOUT, 90)
            Extra JVM options for the services: CREDSTACK_SERVICE_JAVA_OPTS.

            Options of 'rebuild' and 'projections':
              --state-dir DIR           the running stack's folder with stack.json (CREDSTACK_STATE_DIR, .credstack)
            <service> is issuance, wallet or recognition. Exit codes: 0 done, 1 failed (rebuild FAILED, HTTP
            error, stack not running), 2 usage error.
            """;

    static final List<String> SERVICES = List.of("issuance", "wallet", "recognition");
    static final List<String> ROLES = List.of("operator", "issuer-admin", "issuer-staff", "assessor", "learner",
            "partner");
    static final String DEMO_TENANT = "demo-university";
    static final String LEARNER_EMAIL = "learner@example.org";
    static final long PRINTED_TOKEN_TTL = 12 * 3600;

    private final PrintStream out = System.out;
    private final Options options;
    private final Path root;
    private final Path state;
    private final List<RunningService> services = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean shuttingDown;
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafka kafka;
    private DevTokenIssuer tokens;
    private FileChannel lockChannel;
    private FileLock lock;

    Launcher(Options options, Path root) {
        this.options = options;
        this.root = root.toAbsolutePath().normalize();
        this.state = this.root.resolve(options.stateDir).normalize();
    }

    public static void main(String[] args) {
        if (args.length > 0 && RebuildCommand.handles(args[0])) {
            System.exit(RebuildCommand.run(args));
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("credstack: " + e.getMessage());
            System.err.println();
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (options.command.equals("help")) {
            System.out.print(USAGE);
            return;
        }
        DevstackSupport.quietLogs();
        consoleLogging();
        Launcher launcher = new Launcher(options, Path.of("").toAbsolutePath());
        int code = launcher.up();
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Warnings and errors of Kafka, PostgreSQL (zonky) and devstack to stderr, through the JBoss LogManager that
     * slf4j uses here.
     */
    static void consoleLogging() {
        org.jboss.logmanager.Logger root = org.jboss.logmanager.Logger.getLogger("");
        // quarkus-core on the class path installs a handler that buffers until a Quarkus app configures logging,
        // which never happens in the launcher: replace it
        for (java.util.logging.Handler h : root.getHandlers()) {
            if (h.getClass().getName().endsWith("QuarkusDelayedHandler")) {
                root.removeHandler(h);
            }
        }
        if (root.getHandlers().length > 0) {
            return;
        }
        var handler = new org.jboss.logmanager.handlers.ConsoleHandler(
                org.jboss.logmanager.handlers.ConsoleHandler.Target.SYSTEM_ERR,
                new org.jboss.logmanager.formatters.PatternFormatter("%-5p [%c] %s%e%n"));
        handler.setLevel(java.util.logging.Level.WARNING);
        // two warnings a single-node broker always gives: on first start and during its own clean shutdown
        handler.setFilter(r -> {
            String m = r.getMessage() == null ? "" : r.getMessage();
            return !m.contains("The metadata log appears to be empty")
                    && !m.contains("Attempting to close NetworkClient that has already been closed");
        });
        root.addHandler(handler);
    }

    /** Starts everything and blocks until the JVM is asked to stop; returns an exit code on failure. */
    int up() {
        long t0 = System.nanoTime();
        Thread hook = new Thread(this::shutdown, "credstack-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            prepareState();
            checkPortsFree();

            step("PostgreSQL 15 on 127.0.0.1:" + options.postgresPort);
            postgres = new EmbeddedPostgresServer(options.postgresPort, state.resolve("postgres"), false).start();
            for (String service : SERVICES) {
                postgres.createDatabase("credstack_" + service);
            }
            done();

            step("Kafka " + org.apache.kafka.common.utils.AppInfoParser.getVersion() + " (KRaft) on 127.0.0.1:"
                    + options.kafkaPort);
            kafka = new EmbeddedKafka(options.kafkaPort, options.kafkaControllerPort, state.resolve("kafka"), false,
                    Map.of()).start();
            kafka.createTopics(CredstackTopics.all());
            done();

            step("dev token issuer on 127.0.0.1:" + options.tokensPort);
            tokens = new DevTokenIssuer(options.tokensPort, state.resolve("tokens")).start();
            done();

            List<String> missing = new ArrayList<>();
            if (!options.infraOnly) {
                for (String service : SERVICES) {
                    Path jar = root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
                    if (!Files.isRegularFile(jar)) {
                        missing.add(service);
                        continue;
                    }
                    services.add(startService(service, jar, options.servicePort(service)));
                }
                for (RunningService service : services) {
                    step(service.name + "-service on http://localhost:" + service.port);
                    awaitReady(service);
                    done();
                }
            }
            Map<String, String> roleTokens = mintRoleTokens();
            writeStackJson(roleTokens);
            printSummary(roleTokens, missing);
            out.printf("%nAll %s in %.1f s. Press Ctrl-C to stop everything.%n",
                    services.isEmpty() ? "infrastructure up" : "healthy",
                    (System.nanoTime() - t0) / 1e9);
            if (!missing.isEmpty()) {
                out.println("Not started (no quarkus-run.jar): " + String.join(", ", missing)
                        + " — build them with ./mvnw -B install -DskipTests");
            }
            watchServices();
            stopped.await();
            return 0;
        } catch (StartupFailure e) {
            out.println();
            System.err.println("credstack: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (RuntimeException e) {
            out.println();
            System.err.println("credstack: startup failed: " + e);
            Throwable cause = e.getCause();
            while (cause != null) {
                System.err.println("  caused by: " + cause);
                cause = cause.getCause();
            }
            return 1;
        }
        // the shutdown hook stops what was started (System.exit in main runs it)
    }

    // ----------------------------------------------------------------------------------------------- startup

    private void prepareState() {
        try {
            if (options.fresh && Files.exists(state)) {
                out.println("--fresh: removing " + root.relativize(state));
                DevstackSupport.deleteRecursively(state);
            }
            Files.createDirectories(state.resolve("logs"));
            lockChannel = FileChannel.open(state.resolve("launcher.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
            if (lock == null) {
                throw new StartupFailure("another './credstack up' uses " + state + "; stop it first (Ctrl-C)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + state, e);
        }
    }

    private void checkPortsFree() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("PostgreSQL (--postgres-port)", options.postgresPort);
        ports.put("Kafka (--kafka-port)", options.kafkaPort);
        ports.put("Kafka controller (--kafka-controller-port)", options.kafkaControllerPort);
        ports.put("token issuer (--tokens-port)", options.tokensPort);
        if (!options.infraOnly) {
            for (String service : SERVICES) {
                ports.put(service + "-service (--" + service + "-port)", options.servicePort(service));
            }
        }
        List<String> busy = new ArrayList<>();
        ports.forEach((what, port) -> {
            if (!DevstackSupport.isPortFree(port)) {
                busy.add(what + " " + port);
            }
        });
        if (!busy.isEmpty()) {
            throw new StartupFailure("ports in use: " + String.join(", ", busy)
                    + ". Is another stack running? Choose other ports with the flags shown by './credstack help'.");
        }
    }

    private RunningService startService(String name, Path jar, int port) {
        Path log = state.resolve("logs").resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String extra = System.getenv("CREDSTACK_SERVICE_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.profile=local");
        command.add("-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl("credstack_" + name));
        command.add("-Dquarkus.datasource.username=" + postgres.username());
        command.add("-Dquarkus.datasource.password=" + postgres.password());
        command.add("-Dkafka.bootstrap.servers=" + kafka.bootstrapServers());
        command.add("-Dmp.jwt.verify.publickey.location=" + tokens.jwksUrl());
        command.add("-Dmp.jwt.verify.issuer=" + tokens.issuer());
        command.add("-Dcredstack.public-base-url=http://localhost:" + port);
        command.add("-jar");
        command.add(jar.toString());
        try {
            Files.writeString(log, "# " + String.join(" ", command) + System.lineSeparator(),
                    StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.PIPE) // closed below: the service never reads the terminal
                    .start();
            process.getOutputStream().close();
            return new RunningService(name, port, process, log);
        } catch (IOException e) {
            throw new StartupFailure("cannot start " + name + "-service: " + e.getMessage());
        }
    }

    private void awaitReady(RunningService service) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI health = URI.create("http://localhost:" + service.port + "/q/health/ready");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.healthTimeoutSeconds);
        int lastStatus = -1;
        while (System.nanoTime() < deadline) {
            if (!service.process.isAlive()) {
                failService(service, "exited with code " + service.process.exitValue() + " during startup");
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(health)
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                lastStatus = response.statusCode();
                if (lastStatus == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartupFailure("interrupted");
            }
            sleep(500);
        }
        failService(service, "not ready after " + options.healthTimeoutSeconds + " s"
                + (lastStatus > 0 ? " (last /q/health/ready status " + lastStatus + ")" : ""));
    }

    private void failService(RunningService service, String what) {
        out.println("FAILED");
        System.err.println();
        System.err.println(service.name + "-service " + what + ". Last lines of " + root.relativize(service.log)
                + ":");
        for (String line : tail(service.log, 40)) {
            System.err.println("  | " + line);
        }
        throw new StartupFailure(service.name + "-service did not start; stopping everything");
    }

    /** Reports a service that dies while the stack runs (the others keep running, so its log can be read). */
    private void watchServices() {
        for (RunningService service : services) {
            service.process.onExit().thenAccept(p -> {
                if (!shuttingDown) {
                    System.err.printf("%n!! %s-service (pid %d) exited unexpectedly with code %d; see %s%n",
                            service.name, p.pid(), p.exitValue(), root.relativize(service.log));
                    for (String line : tail(service.log, 20)) {
                        System.err.println("  | " + line);
                    }
                    System.err.println("The rest of the stack keeps running; Ctrl-C stops it.");
                }
            });
        }
    }

    // ----------------------------------------------------------------------------------------------- output

    private Map<String, String> mintRoleTokens() {
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

    private void printSummary(Map<String, String> roleTokens, List<String> missing) {
        out.println();
        out.println("================================ credstack local stack ================================");
        for (String name : SERVICES) {
            String base = "http://localhost:" + options.servicePort(name);
            if (services.stream().anyMatch(s -> s.name.equals(name))) {
                out.printf("%-12s %s%n", name, base);
                out.printf("%-12s   swagger-ui %s/q/swagger-ui   health %s/q/health   openapi %s/q/openapi%n", "",
                        base, base, base);
                out.printf("%-12s   log %s%n", "", root.relativize(state.resolve("logs/" + name + ".log")));
            } else {
                out.printf("%-12s NOT RUNNING (%s)%n", name, missing.contains(name)
                        ? name + "-service/target/quarkus-app/quarkus-run.jar is missing" : "--infra-only");
            }
        }
        out.println();
        out.println("Kafka bootstrap   " + kafka.bootstrapServers() + "   topics: "
                + String.join(", ", CredstackTopics.all().stream().map(TopicSpec::name).toList()));
        for (String name : SERVICES) {
            out.printf("JDBC %-12s %s  (user %s, password %s)%n", name, postgres.jdbcUrl("credstack_" + name),
                    postgres.username(), postgres.password());
        }
        out.println("Token endpoint    POST " + tokens.tokenEndpoint()
                + "   (JWKS " + tokens.jwksUrl() + ", issuer " + tokens.issuer() + ")");
        out.println();
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
        String anyBase = "http://localhost:" + options.servicePort("issuance");
        out.println();
        out.println("Try:  TOKEN=$(jq -r '.tokens[\"issuer-admin\"]' " + root.relativize(state.resolve("stack.json"))
                + ") && curl -s -H \"Authorization: Bearer $TOKEN\" " + anyBase + "/q/openapi | head");
        out.println("Mint: curl -s -X POST " + tokens.tokenEndpoint() + " -H 'Content-Type: application/json' -d "
                + "'{\"subject\":\"alice\",\"roles\":[\"issuer-admin\"],\"tenant\":\"" + DEMO_TENANT
                + "\",\"ttlSeconds\":3600}'");
        out.println("========================================================================================");
    }

    private void writeStackJson(Map<String, String> roleTokens) {
        Map<String, Object> doc = new LinkedHashMap<>();
        Map<String, Object> svc = new LinkedHashMap<>();
        for (String name : SERVICES) {
            Map<String, Object> s = new LinkedHashMap<>();
            String base = "http://localhost:" + options.servicePort(name);
            s.put("baseUrl", base);
            s.put("running", services.stream().anyMatch(r -> r.name.equals(name)));
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
        for (String name : SERVICES) {
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

    private void step(String what) {
        out.print("Starting " + what + " ... ");
        out.flush();
    }

    private void done() {
        out.println("ok");
    }

    // ----------------------------------------------------------------------------------------------- shutdown

    private synchronized void shutdown() {
        if (shuttingDown) {
            return;
        }
        shuttingDown = true;
        stopped.countDown();
        if (services.isEmpty() && postgres == null && kafka == null && tokens == null) {
            releaseLock();
            return;
        }
        out.println();
        out.println("Stopping credstack ...");
        // services first: they still flush to Kafka and PostgreSQL while shutting down
        for (RunningService service : services) {
            destroyTree(service.process.toHandle(), false);
        }
        for (RunningService service : services) {
            awaitExit(service);
        }
        if (tokens != null) {
            tokens.stop();
            out.println("  token issuer stopped");
        }
        if (kafka != null) {
            kafka.stop();
            out.println("  Kafka stopped");
        }
        if (postgres != null) {
            postgres.stop();
            out.println("  PostgreSQL stopped");
        }
        releaseLock();
        out.println("Stopped. Data kept in " + root.relativize(state) + " (use 'up --fresh' to start empty).");
        out.flush();
    }

    private void awaitExit(RunningService service) {
        ProcessHandle handle = service.process.toHandle();
        List<ProcessHandle> tree = new ArrayList<>(handle.descendants().toList());
        try {
            if (!service.process.waitFor(15, TimeUnit.SECONDS)) {
                out.println("  " + service.name + "-service did not stop in 15 s; killing it");
                destroyTree(handle, true);
                service.process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            destroyTree(handle, true);
        }
        for (ProcessHandle p : tree) {
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
        out.println("  " + service.name + "-service stopped");
    }

    private static void destroyTree(ProcessHandle handle, boolean forcibly) {
        handle.descendants().forEach(p -> {
            if (forcibly) {
                p.destroyForcibly();
            } else {
                p.destroy();
            }
        });
        if (forcibly) {
            handle.destroyForcibly();
        } else {
            handle.destroy();
        }
    }

    private void releaseLock() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException ignored) {
            // exiting anyway
        }
    }

    // ----------------------------------------------------------------------------------------------- helpers

    static List<String> tail(Path file, int lines) {
        Deque<String> last = new ArrayDeque<>();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                last.addLast(line);
                if (last.size() > lines) {
                    last.removeFirst();
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return List.of("(cannot read " + file + ": " + e.getMessage() + ")");
        }
        return new ArrayList<>(last);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailure("interrupted");
        }
    }

    private record RunningService(String name, int port, Process process, Path log) {
    }

    /** A startup problem explained to the user; no stack trace. */
    static final class StartupFailure extends RuntimeException {
        StartupFailure(String message) {
            super(message);
        }
    }

    /** Command-line options; flags win over environment variables, which win over defaults. */
    static final class Options {
        String command = "help";
        boolean fresh;
        boolean infraOnly;
        String stateDir = env("CREDSTACK_STATE_DIR", ".credstack");
        int postgresPort = envInt("CREDSTACK_POSTGRES_PORT", 55432);
        int kafkaPort = envInt("CREDSTACK_KAFKA_PORT", 59092);
        int kafkaControllerPort = envInt("CREDSTACK_KAFKA_CONTROLLER_PORT", 59093);
        int tokensPort = envInt("CREDSTACK_TOKENS_PORT", 58080);
        int issuancePort = envInt("CREDSTACK_ISSUANCE_PORT", 8081);
        int walletPort = envInt("CREDSTACK_WALLET_PORT", 8082);
        int recognitionPort = envInt("CREDSTACK_RECOGNITION_PORT", 8083);
        int healthTimeoutSeconds = envInt("CREDSTACK_HEALTH_TIMEOUT", 90);

        static Options parse(String[] args) {
            Options o = new Options();
            if (args.length == 0) {
                return o;
            }
            o.command = switch (args[0]) {
                case "up" -> "up";
                case "help", "--help", "-h" -> "help";
                default -> throw new IllegalArgumentException("unknown command '" + args[0] + "'");
            };
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    value = arg.substring(eq + 1);
                    arg = arg.substring(0, eq);
                }
                switch (arg) {
                    case "--fresh" -> o.fresh = true;
                    case "--infra-only" -> o.infraOnly = true;
                    case "--help", "-h" -> o.command = "help";
                    case "--state-dir", "--postgres-port", "--kafka-port", "--kafka-controller-port", "--tokens-port",
                         "--issuance-port", "--wallet-port", "--recognition-port", "--health-timeout" -> {
                        if (value == null) {
                            if (i + 1 >= args.length) {
                                throw new IllegalArgumentException(arg + " needs a value");
                            }
                            value = args[++i];
                        }
                        o.set(arg, value);
                    }
                    default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
                }
            }
            return o;
        }

        private void set(String option, String value) {
            if (option.equals("--state-dir")) {
                stateDir = value;
                return;
            }
            int n = number(option, value);
            switch (option) {
                case "--postgres-port" -> postgresPort = n;
                case "--kafka-port" -> kafkaPort = n;
                case "--kafka-controller-port" -> kafkaControllerPort = n;
                case "--tokens-port" -> tokensPort = n;
                case "--issuance-port" -> issuancePort = n;
                case "--wallet-port" -> walletPort = n;
                case "--recognition-port" -> recognitionPort = n;
                case "--health-timeout" -> healthTimeoutSeconds = n;
                default -> throw new IllegalArgumentException(option);
            }
        }

        int servicePort(String service) {
            return switch (service) {
                case "issuance" -> issuancePort;
                case "wallet" -> walletPort;
                case "recognition" -> recognitionPort;
                default -> throw new IllegalArgumentException(service);
            };
        }

        private static int number(String what, String value) {
            try {
                int n = Integer.parseInt(value.trim());
                if (n < 1 || n > 65535) {
                    throw new IllegalArgumentException(what + " out of range: " + value);
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " is not a number: " + value);
            }
        }

        private static String env(String name, String fallback) {
            String v = System.getenv(name);
            return v == null || v.isBlank() ? fallback : v;
        }

        private static int envInt(String name, int fallback) {
            String v = System.getenv(name);
            return v == null || v.isBlank() ? fallback : number(name, v);
        }
    }
}
