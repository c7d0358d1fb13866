package org.credstack.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The test stack of this JVM: one Kafka broker (topics created), one PostgreSQL server and one dev token issuer,
 * started on first use and stopped by a JVM shutdown hook. Data lives under {@code target/devstack-<random>}, fresh
 * for every JVM and deleted at exit (unless {@code -Dcredstack.devstack.keep=true}).
 *
 * <pre>{@code
 * String token = Devstack.tokens().mint("alice", Set.of("issuer-admin"), "demo-university", null);
 * Devstack.kafka().stopBroker();   // "Kafka is down"
 * Devstack.kafka().startBroker();  // same port, same data
 * }</pre>
 *
 * <p>The servers run in the system class loader even when this class is loaded by a Quarkus class loader (which
 * Quarkus closes when a test application stops); other loaders see them through {@link DevstackControlMBean}.
 */
public final class Devstack {

    private static final Logger LOG = LoggerFactory.getLogger(Devstack.class);
    /** A string literal is interned: the same lock object in every class loader of the JVM. */
    private static final String LOCK = "org.credstack.devstack.Devstack.startup-lock";
    static final String MBEAN_NAME = "org.credstack.devstack:type=Devstack";

    private static volatile EmbeddedKafka kafka;
    private static volatile EmbeddedPostgresServer postgres;
    private static volatile DevTokenIssuer tokens;
    private static volatile Path dataDir;

    private Devstack() {
    }

    /** Starts the stack of this JVM if it is not running yet (idempotent, thread-safe, class-loader-safe). */
    public static void ensureStarted() {
        if (kafka != null) {
            return;
        }
        synchronized (LOCK) {
            if (kafka != null) {
                return;
            }
            MBeanServer mbs = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = DevstackControl.objectName();
            if (!mbs.isRegistered(name)) {
                ClassLoader system = ClassLoader.getSystemClassLoader();
                Class<?> systemDevstack = null;
                if (Devstack.class.getClassLoader() != system) {
                    try {
                        systemDevstack = Class.forName(Devstack.class.getName(), true, system);
                    } catch (ClassNotFoundException | LinkageError e) {
                        LOG.debug("devstack is not on the system class path; the stack runs in {}",
                                Devstack.class.getClassLoader());
                    }
                }
                if (systemDevstack != null) {
                    // Kafka loads plugins through the thread's context class loader: it must be the system one too,
                    // or classes resolve in two loaders (NoSuchMethodException on the share-state persister).
                    Thread thread = Thread.currentThread();
                    ClassLoader context = thread.getContextClassLoader();
                    thread.setContextClassLoader(system);
                    try {
                        systemDevstack.getMethod("ensureStarted").invoke(null);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot start devstack in the system class loader", e);
                    } finally {
                        thread.setContextClassLoader(context);
                    }
                } else {
                    startOwned(mbs, name);
                    return;
                }
            }
            attach(mbs, name);
        }
    }

    /** The Kafka broker (started on first use). */
    public static EmbeddedKafka kafka() {
        ensureStarted();
        return kafka;
    }

    /** The PostgreSQL server (started on first use). */
    public static EmbeddedPostgresServer postgres() {
        ensureStarted();
        return postgres;
    }

    /** The dev token issuer (started on first use). */
    public static DevTokenIssuer tokens() {
        ensureStarted();
        return tokens;
    }

    /** {@code target/devstack-<random>}. */
    public static Path dataDir() {
        ensureStarted();
        return dataDir;
    }

    /** Shortcut for {@code tokens().mint(...)}. */
    public static String mint(String subject, Set<String> roles, String tenant, String email) {
        return tokens().mint(subject, roles, tenant, email);
    }

    /** {@code credstack_<service>}, created if missing. */
    public static String database(String service) {
        String db = databaseName(service);
        postgres().createDatabase(db);
        return db;
    }

    static String databaseName(String service) {
        if (service == null || !service.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("service name must be lowercase letters, digits, underscores: "
                    + service);
        }
        return "credstack_" + service;
    }

    /**
     * The Quarkus configuration that points a service at this stack, with its own database
     * {@code credstack_<service>} (created if missing).
     */
    public static Map<String, String> quarkusConfig(String service) {
        String db = database(service);
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(db));
        config.put("quarkus.datasource.username", postgres.username());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("quarkus.datasource.devservices.enabled", "false");
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("quarkus.kafka.devservices.enabled", "false");
        config.put("mp.jwt.verify.publickey.location", tokens.jwksUrl());
        config.put("mp.jwt.verify.issuer", tokens.issuer());
        return config;
    }

    // ------------------------------------------------------------------------------------------------ owner side

    private static void startOwned(MBeanServer mbs, ObjectName name) {
        long t0 = System.nanoTime();
        Path dir = Path.of(System.getProperty("credstack.devstack.dir", "target"))
                .resolve("devstack-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        AbandonedStacks.cleanUp(dir.getParent());
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(AbandonedStacks.OWNER_FILE), Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EmbeddedKafka k = new EmbeddedKafka(0, 0, dir.resolve("kafka"), true, Map.of());
        EmbeddedPostgresServer pg = new EmbeddedPostgresServer(0, dir.resolve("postgres"), true);
        DevTokenIssuer t = new DevTokenIssuer(0, null);
        // PostgreSQL is a child process: start it while Kafka starts in this JVM
        CompletableFuture<Void> pgStarted = CompletableFuture.runAsync(pg::start);
        try {
            t.start();
            k.start();
            k.createTopics(CredstackTopics.all());
            pgStarted.join();
        } catch (RuntimeException e) {
            stopQuietly(t, k, pg, pgStarted);
            try {
                DevstackSupport.deleteRecursively(dir);
            } catch (RuntimeException ignored) {
                // best effort
            }
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException re ? re : e;
        }
        stopAtExit(t, k, pg, dir);
        try {
            new DevstackControl(k, pg, t, dir).register(mbs, name);
        } catch (JMException e) {
            LOG.warn("cannot register {}; other class loaders would start their own stack", name, e);
        }
        kafka = k;
        postgres = pg;
        tokens = t;
        dataDir = dir;
        LOG.info("devstack up in {} ms: kafka {}, postgres {}, tokens {}",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0), k.bootstrapServers(), pg.port(), t.baseUrl());
    }

    private static void stopAtExit(DevTokenIssuer t, EmbeddedKafka k, EmbeddedPostgresServer pg, Path dir) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // PostgreSQL is an external process: stop it at once, beside Kafka, so that a JVM killed soon after
            // exit starts (surefire's exit timeout) leaves no server behind
            Thread pgStop = new Thread(pg::stop, "devstack-postgres-stop");
            pgStop.start();
            stopQuietly(t, k, null, null);
            try {
                pgStop.join(20_000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            if (!Boolean.getBoolean("credstack.devstack.keep")) {
                try {
                    DevstackSupport.deleteRecursively(dir);
                } catch (RuntimeException ignored) {
                    // best effort
                }
            }
        }, "devstack-shutdown"));
    }

    private static void stopQuietly(DevTokenIssuer t, EmbeddedKafka k, EmbeddedPostgresServer pg,
                                    CompletableFuture<Void> pgStarted) {
        try {
            t.stop();
        } catch (RuntimeException e) {
            LOG.warn("stopping the token issuer failed", e);
        }
        try {
            k.stop();
        } catch (RuntimeException e) {
            LOG.warn("stopping Kafka failed", e);
        }
        if (pgStarted != null) {
            try {
                pgStarted.join();
            } catch (RuntimeException ignored) {
                // reported by the caller
            }
        }
        if (pg != null) {
            try {
                pg.stop();
            } catch (RuntimeException e) {
                LOG.warn("stopping PostgreSQL failed", e);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ view side

    private static void attach(MBeanServer mbs, ObjectName name) {
        DevstackControl.Attached stack = DevstackControl.attach(mbs, name);
        kafka = stack.kafka();
        postgres = stack.postgres();
        tokens = stack.tokens();
        dataDir = stack.dataDir();
    }
}
