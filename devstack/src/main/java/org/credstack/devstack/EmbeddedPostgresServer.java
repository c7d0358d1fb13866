package org.credstack.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 15 server from the {@code io.zonky.test} binaries artifact (pinned by the parent POM), listening
 * on 127.0.0.1. It runs as a child process of this JVM; {@link #stop()} shuts it down ({@code pg_ctl stop -m fast}).
 * The server log goes to {@code <dataDir>/../postgres.log} (next to the data directory).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Pattern DB_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    public static final String USERNAME = "postgres";
    public static final String PASSWORD = "postgres";

    private final int requestedPort;
    private final Path dataDir;
    private final boolean fresh;
    private final Map<String, String> serverConfig;

    private EmbeddedPostgres postgres;
    private int port;
    /** True when this object is a view of a server that another class loader of this JVM runs (see Devstack). */
    private boolean attached;

    /** A server on a free port, data in {@code dataDir}, wiped at start. */
    public EmbeddedPostgresServer(Path dataDir) {
        this(0, dataDir, true);
    }

    /**
     * @param port    port on 127.0.0.1, 0 for a free one
     * @param dataDir the PostgreSQL data directory (PGDATA)
     * @param fresh   wipe it at start; otherwise an existing cluster (databases, rows) is reused
     */
    public EmbeddedPostgresServer(int port, Path dataDir, boolean fresh) {
        this(port, dataDir, fresh, Map.of());
    }

    /** @param serverConfig {@code postgres -c} settings that replace or add to the defaults */
    public EmbeddedPostgresServer(int port, Path dataDir, boolean fresh, Map<String, String> serverConfig) {
        this.requestedPort = port;
        this.dataDir = dataDir.toAbsolutePath();
        this.fresh = fresh;
        this.serverConfig = Map.copyOf(serverConfig);
    }

    /** A view of a server run elsewhere in this JVM: start() and stop() are ignored. */
    static EmbeddedPostgresServer attached(int port, Path dataDir) {
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(port, dataDir, false);
        server.port = port;
        server.attached = true;
        return server;
    }

    /** Initialises the cluster if needed and starts the server; returns when it accepts connections. */
    public synchronized EmbeddedPostgresServer start() {
        if (postgres != null || attached) {
            return this;
        }
        DevstackSupport.quietLogs();
        long t0 = System.nanoTime();
        if (fresh) {
            DevstackSupport.deleteRecursively(dataDir);
        }
        try {
            Files.createDirectories(dataDir.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int p = requestedPort == 0 ? DevstackSupport.freePort() : requestedPort;
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(p)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false) // wiping is ours (fresh); false keeps the data between runs
                .setRegisterShutdownHook(false) // the owner stops it, in order
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(java.lang.ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(java.lang.ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "64MB")
                .setServerConfig("work_mem", "4MB")
                .setServerConfig("maintenance_work_mem", "64MB")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_wal_size", "1GB")
                .setServerConfig("max_prepared_transactions", "50")
                .setServerConfig("log_min_messages", "warning")
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF8");
        serverConfig.forEach(builder::setServerConfig);
        try {
            postgres = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL did not start on port " + p + " (see " + log + ")", e);
        }
        port = postgres.getPort();
        LOG.info("PostgreSQL ready at 127.0.0.1:{} in {} ms", port,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
        return this;
    }

    /** Stops the server (fast shutdown) and waits for it. Idempotent. */
    public synchronized void stop() {
        EmbeddedPostgres pg = postgres;
        if (pg == null) {
            return;
        }
        postgres = null;
        try {
            pg.close();
        } catch (IOException e) {
            LOG.warn("PostgreSQL did not stop cleanly", e);
        }
        Process process = pg.getProcess();
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return attached || postgres != null;
    }

    /** Creates the database if it does not exist. Names: lowercase letters, digits and underscores. */
    public void createDatabase(String name) {
        if (!DB_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid database name: " + name);
        }
        try (Connection c = DriverManager.getConnection(plainJdbcUrl("postgres"), USERNAME, PASSWORD)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                if (!"42P04".equals(e.getSQLState())) { // duplicate_database: a concurrent creator won
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    /** {@code jdbc:postgresql://127.0.0.1:<port>/<db>?reWriteBatchedInserts=true}. */
    public String jdbcUrl(String database) {
        return plainJdbcUrl(database) + "?reWriteBatchedInserts=true";
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    public int port() {
        if (port == 0) {
            throw new IllegalStateException("PostgreSQL not started");
        }
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The postgres server process (a child of this JVM), or null when stopped. */
    public synchronized Process process() {
        return postgres == null ? null : postgres.getProcess();
    }

    private String plainJdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    @Override
    public String toString() {
        return "EmbeddedPostgresServer[" + (port == 0 ? "not started" : "127.0.0.1:" + port) + ", " + dataDir + "]";
    }
}
