package org.credstack.devstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker (the version the Quarkus BOM's client has) in KRaft mode, in this JVM: one combined
 * broker and controller node (node.id 1), PLAINTEXT on 127.0.0.1:{@link #port()}, the controller on another port.
 *
 * <p>The log directory is formatted with Kafka's storage formatter on first start (or whenever {@code fresh} is set),
 * then {@link KafkaRaftServer} is started. Topics are never auto-created: create them with {@link #createTopics}.
 * {@link #stopBroker()} and {@link #startBroker()} stop the broker and start it again on the same ports and data,
 * which is what a "Kafka is down" test needs.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final int requestedPort;
    private final int requestedControllerPort;
    private final Path dataDir;
    private final boolean fresh;
    private final Map<String, String> overrides;

    private int port;
    private int controllerPort;
    private boolean started;
    private KafkaRaftServer server;

    /** Set when this object is a view of a broker that another class loader of this JVM runs (see Devstack). */
    private Runnable remoteStop;
    private Runnable remoteStart;
    private java.util.function.BooleanSupplier remoteRunning;

    /** A broker on a free port with its data in {@code dataDir}, wiped at start. */
    public EmbeddedKafka(Path dataDir) {
        this(0, dataDir, true);
    }

    /**
     * @param port    PLAINTEXT port on 127.0.0.1, 0 for a free one
     * @param dataDir where the log directory lives ({@code dataDir/kraft-logs})
     * @param fresh   wipe {@code dataDir} at start; otherwise existing data (topics, offsets, records) is kept
     */
    public EmbeddedKafka(int port, Path dataDir, boolean fresh) {
        this(port, 0, dataDir, fresh, Map.of());
    }

    /**
     * @param controllerPort the KRaft controller listener's port, 0 for a free one
     * @param overrides      broker properties that replace or add to the defaults
     */
    public EmbeddedKafka(int port, int controllerPort, Path dataDir, boolean fresh, Map<String, String> overrides) {
        if (port < 0 || controllerPort < 0) {
            throw new IllegalArgumentException("ports must be >= 0");
        }
        this.requestedPort = port;
        this.requestedControllerPort = controllerPort;
        this.dataDir = dataDir.toAbsolutePath();
        this.fresh = fresh;
        this.overrides = Map.copyOf(overrides);
    }

    /** A view of a broker run elsewhere in this JVM: stop/start of the broker are delegated, stop() is ignored. */
    static EmbeddedKafka attached(int port, int controllerPort, Path dataDir, Runnable stopBroker,
                                  Runnable startBroker, java.util.function.BooleanSupplier running) {
        EmbeddedKafka kafka = new EmbeddedKafka(port, controllerPort, dataDir, false, Map.of());
        kafka.port = port;
        kafka.controllerPort = controllerPort;
        kafka.started = true;
        kafka.remoteStop = stopBroker;
        kafka.remoteStart = startBroker;
        kafka.remoteRunning = running;
        return kafka;
    }

    /** Formats the log directory if needed and starts the broker; returns when it answers metadata requests. */
    public synchronized EmbeddedKafka start() {
        if (started) {
            return this;
        }
        DevstackSupport.quietLogs();
        long t0 = System.nanoTime();
        if (fresh) {
            DevstackSupport.deleteRecursively(dataDir);
        }
        try {
            Files.createDirectories(logDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + logDir(), e);
        }
        port = requestedPort == 0 ? DevstackSupport.freePort() : requestedPort;
        controllerPort = requestedControllerPort == 0 ? freePortOtherThan(port) : requestedControllerPort;
        if (!Files.exists(logDir().resolve("meta.properties"))) {
            format();
        }
        started = true;
        try {
            startBroker();
        } catch (RuntimeException e) {
            started = false;
            throw e;
        }
        LOG.info("Kafka {} ready at {} in {} ms", org.apache.kafka.common.utils.AppInfoParser.getVersion(),
                bootstrapServers(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
        return this;
    }

    /** Stops the broker (clean shutdown) and waits for it. Idempotent. */
    public synchronized void stop() {
        if (remoteStop != null) {
            return; // owned by another class loader, which stops it at JVM exit
        }
        stopBroker();
        started = false;
    }

    @Override
    public void close() {
        stop();
    }

    /** Stops the broker but keeps its ports and data, so that {@link #startBroker()} brings it back as it was. */
    public synchronized void stopBroker() {
        if (remoteStop != null) {
            remoteStop.run();
            return;
        }
        KafkaRaftServer s = server;
        if (s == null) {
            return;
        }
        server = null;
        long t0 = System.nanoTime();
        try {
            s.shutdown();
            s.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("Kafka broker shutdown failed", e);
        }
        LOG.info("Kafka broker stopped in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
    }

    /** (Re)starts the broker on the same ports and data directory; returns when it answers metadata requests. */
    public synchronized void startBroker() {
        if (!started) {
            throw new IllegalStateException("start() first");
        }
        if (remoteStart != null) {
            remoteStart.run();
            return;
        }
        if (server != null) {
            return;
        }
        // Kafka loads plugins through the context class loader, and its threads inherit it: use the loader that
        // holds Kafka, whatever the calling thread (a Quarkus test's loader would split classes in two).
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        thread.setContextClassLoader(EmbeddedKafka.class.getClassLoader());
        KafkaRaftServer s;
        try {
            s = new KafkaRaftServer(new KafkaConfig(brokerProperties(), false), Time.SYSTEM);
        } finally {
            thread.setContextClassLoader(context);
        }
        thread.setContextClassLoader(EmbeddedKafka.class.getClassLoader());
        try {
            s.startup();
        } catch (RuntimeException e) {
            try {
                s.shutdown();
                s.awaitShutdown();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IllegalStateException("Kafka broker did not start on " + bootstrapServers(), e);
        } finally {
            thread.setContextClassLoader(context);
        }
        server = s;
        awaitReady();
    }

    /** True while the broker runs. */
    public synchronized boolean isBrokerRunning() {
        return remoteRunning != null ? remoteRunning.getAsBoolean() : server != null;
    }

    /** {@code 127.0.0.1:<port>}. */
    public String bootstrapServers() {
        requirePorts();
        return "127.0.0.1:" + port;
    }

    public int port() {
        requirePorts();
        return port;
    }

    public int controllerPort() {
        requirePorts();
        return controllerPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** A new admin client for this broker; the caller closes it. */
    public Admin admin() {
        Map<String, Object> config = new HashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "devstack-admin");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        return Admin.create(config);
    }

    /** Creates the topics that do not exist yet; existing topics are left as they are. */
    public void createTopics(List<TopicSpec> topics) {
        if (topics.isEmpty()) {
            return;
        }
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (TopicSpec spec : topics) {
                if (!existing.contains(spec.name())) {
                    missing.add(new NewTopic(spec.name(), spec.partitions(), (short) 1).configs(spec.configs()));
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            for (var entry : admin.createTopics(missing).values().entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + entry.getKey(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot create topics on " + bootstrapServers(), e);
        }
    }

    /** The properties the broker runs with (after {@link #start()}). */
    public synchronized Properties brokerProperties() {
        requirePorts();
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir().toString());
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // keeps the resident size near 200 MB (the default reserves 128 MB for the cleaner's offset map);
        // Kafka requires more than 1 MiB per cleaner thread
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        p.put("log.cleaner.threads", "1");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        p.put("background.threads", "4");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("num.replica.fetchers", "1");
        p.put("log.index.size.max.bytes", String.valueOf(1024 * 1024));
        p.put("controlled.shutdown.enable", "true");
        p.putAll(overrides);
        return p;
    }

    private void format() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(ps)
                    .setNodeId(1)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(logDir().toString()))
                    .setMetadataLogDirectory(logDir().toString())
                    .setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setUnstableFeatureVersionsEnabled(false)
                    .setIgnoreFormatted(false)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka log directory " + logDir() + ": "
                    + out.toString(StandardCharsets.UTF_8), e);
        }
        LOG.debug("formatted {}: {}", logDir(), out.toString(StandardCharsets.UTF_8).trim());
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Exception last = null;
        try (Admin admin = admin()) {
            while (System.nanoTime() < deadline) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        admin.listTopics().names().get(5, TimeUnit.SECONDS);
                        return;
                    }
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    last = e;
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
        throw new IllegalStateException("Kafka at " + bootstrapServers() + " not ready after " + READY_TIMEOUT, last);
    }

    private Path logDir() {
        return dataDir.resolve("kraft-logs");
    }

    private void requirePorts() {
        if (port == 0) {
            throw new IllegalStateException("Kafka not started");
        }
    }

    private static int freePortOtherThan(int port) {
        for (int i = 0; i < 10; i++) {
            int p = DevstackSupport.freePort();
            if (p != port) {
                return p;
            }
        }
        throw new IllegalStateException("no free port");
    }

    @Override
    public String toString() {
        return "EmbeddedKafka[" + (port == 0 ? "not started" : bootstrapServers()) + ", " + dataDir + "]";
    }
}
