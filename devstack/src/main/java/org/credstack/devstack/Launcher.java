package org.credstack.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./credstack up [--fresh]}: the whole platform on this machine without Docker. PostgreSQL, Kafka and the dev
 * token issuer run in (or under) this JVM, the three services as child JVMs from their {@code quarkus-run.jar}s.
 * Ctrl-C stops everything: services first, then the token issuer, Kafka, PostgreSQL.
 */
public final class Launcher {

    static final List<String> SERVICES = List.of("issuance", "wallet", "recognition");

    private final PrintStream out = System.out;
    private final LauncherOptions options;
    private final Path root;
    private final Path state;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean shuttingDown;
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafka kafka;
    private DevTokenIssuer tokens;
    private FileChannel lockChannel;
    private FileLock lock;

    Launcher(LauncherOptions options, Path root) {
        this.options = options;
        this.root = root.toAbsolutePath().normalize();
        this.state = this.root.resolve(options.stateDir).normalize();
    }

    public static void main(String[] args) {
        if (args.length > 0 && RebuildCommand.handles(args[0])) {
            System.exit(RebuildCommand.run(args));
            return;
        }
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("credstack: " + e.getMessage());
            System.err.println();
            System.err.print(LauncherOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.command.equals("help")) {
            System.out.print(LauncherOptions.USAGE);
            return;
        }
        DevstackSupport.quietLogs();
        ConsoleLogging.install();
        Launcher launcher = new Launcher(options, Path.of("").toAbsolutePath());
        int code = launcher.up();
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Starts everything and blocks until the JVM is asked to stop; returns an exit code on failure. */
    int up() {
        long t0 = System.nanoTime();
        Thread hook = new Thread(this::shutdown, "credstack-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            prepareState();
            checkPortsFree();
            startInfrastructure();
            List<String> missing = options.infraOnly ? new ArrayList<>() : startServices();
            announce(t0, missing);
            for (ServiceProcess service : services) {
                service.reportUnexpectedExit(() -> shuttingDown);
            }
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

    private void startInfrastructure() {
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
    }

    /** Starts the services whose jar is built, waits until they are ready; returns those without a jar. */
    private List<String> startServices() {
        List<String> missing = new ArrayList<>();
        for (String service : SERVICES) {
            Path jar = root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
            if (!Files.isRegularFile(jar)) {
                missing.add(service);
                continue;
            }
            int port = options.servicePort(service);
            services.add(ServiceProcess.start(service, jar, port, serviceProperties(service, port), root,
                    state.resolve("logs")));
        }
        for (ServiceProcess service : services) {
            step(service.name() + "-service on http://localhost:" + service.port());
            service.awaitReady(options.healthTimeoutSeconds, out);
            done();
        }
        return missing;
    }

    /**
     * Points a service at this stack's PostgreSQL, Kafka and token issuer; the wallet's public verifier may fetch
     * from this stack's issuance service (did:web documents, status lists) on whatever port it was given.
     */
    private List<String> serviceProperties(String name, int port) {
        List<String> properties = new ArrayList<>(List.of(
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.profile=local",
                "-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl("credstack_" + name),
                "-Dquarkus.datasource.username=" + postgres.username(),
                "-Dquarkus.datasource.password=" + postgres.password(),
                "-Dkafka.bootstrap.servers=" + kafka.bootstrapServers(),
                "-Dmp.jwt.verify.publickey.location=" + tokens.jwksUrl(),
                "-Dmp.jwt.verify.issuer=" + tokens.issuer(),
                "-Dcredstack.public-base-url=http://localhost:" + port,
                "-Dcredstack.notices.wallet-sign-in-url=http://localhost:" + options.servicePort("wallet")
                        + "/sign-in"));
        if (name.equals("wallet")) {
            properties.add("-Dcredstack.verification.fetch.allow-list=localhost:" + options.servicePort("issuance"));
        }
        return properties;
    }

    private void announce(long t0, List<String> missing) {
        Set<String> running = new LinkedHashSet<>();
        services.forEach(s -> running.add(s.name()));
        StackReport report = new StackReport(options, root, state, postgres, kafka, tokens, running);
        Map<String, String> roleTokens = report.mintRoleTokens();
        report.writeStackJson(roleTokens);
        report.print(out, roleTokens, missing);
        out.printf("%nAll %s in %.1f s. Press Ctrl-C to stop everything.%n",
                services.isEmpty() ? "infrastructure up" : "healthy",
                (System.nanoTime() - t0) / 1e9);
        if (!missing.isEmpty()) {
            out.println("Not started (no quarkus-run.jar): " + String.join(", ", missing)
                    + " — build them with ./mvnw -B install -DskipTests");
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
        for (ServiceProcess service : services) {
            service.requestStop();
        }
        for (ServiceProcess service : services) {
            service.awaitStopped(out);
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
}
