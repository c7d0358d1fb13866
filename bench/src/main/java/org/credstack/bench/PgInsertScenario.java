package org.credstack.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * PostgreSQL inserts alone, of rows shaped like what issuing a credential writes: a credential row (issuance's
 * {@code credential} table, same columns and indexes; signed_json is the representative credential, jwt a VC-JWT of
 * its size) and an event-store row (Axon's {@code domain_event_entry}, same columns and constraints; the payload holds
 * credential and JWT, as CredentialIssued does). Scratch tables with a random suffix in a scratch database on the
 * stack's server (created when missing); dropped in tearDown. One operation is one transaction of {@code batch}
 * credentials (each a credential row and an event row): batch 1 = single-row transactions, autocommit off, JDBC
 * batches otherwise. One connection per worker thread.
 */
final class PgInsertScenario implements Scenario {

    private final IssuanceTarget target;
    private final int batch;
    private final String signedJson;
    private final String jwt;
    private final byte[] payload;
    private final byte[] metaData =
            "{\"traceId\":\"bench\",\"correlationId\":\"bench\"}".getBytes(StandardCharsets.UTF_8);
    private final PrintStream log;
    private final ConcurrentLinkedQueue<Connection> connections = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<Connection> connection = new ThreadLocal<>();
    private volatile String credentialTable;
    private volatile String eventTable;

    PgInsertScenario(IssuanceTarget target, int batch, String signedJson, PrintStream log) {
        this.target = target;
        this.batch = batch;
        this.signedJson = signedJson;
        this.jwt = fakeJwt(signedJson);
        this.payload = ("{\"credential\":" + signedJson + ",\"jwt\":\"" + jwt + "\"}").getBytes(StandardCharsets.UTF_8);
        this.log = log;
    }

    /** A string of a VC-JWT's shape and size for the credential: header.payload.signature, base64url. */
    static String fakeJwt(String credentialJson) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"did:web:bench#rsa-1\"}"
                .getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(credentialJson.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(new byte[256]);
    }

    int batch() {
        return batch;
    }

    @Override
    public String name() {
        return batch == 1 ? "raw pg-insert single (credential+event per tx)"
                : "raw pg-insert batch " + batch + " (rows; latency per tx)";
    }

    @Override
    public void setUp(BenchContext ctx) throws Exception {
        ensureScratchDatabase();
        String suffix = IssuanceClient.runTag();
        credentialTable = "bench_credential_" + suffix;
        eventTable = "bench_event_" + suffix;
        try (Connection c = open(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("CREATE TABLE " + credentialTable + " (credential_id VARCHAR(64) PRIMARY KEY, "
                    + "issuer_id VARCHAR(64) NOT NULL, achievement_id VARCHAR(64) NOT NULL, "
                    + "achievement_version INTEGER NOT NULL, recipient_ref VARCHAR(64) NOT NULL, "
                    + "status VARCHAR(16) NOT NULL, issued_at TIMESTAMPTZ NOT NULL, valid_from TIMESTAMPTZ NOT NULL, "
                    + "valid_until TIMESTAMPTZ, signed_json TEXT NOT NULL, jwt TEXT NOT NULL, "
                    + "aggregate_version BIGINT NOT NULL, replaced_by VARCHAR(64))");
            s.execute("CREATE INDEX " + credentialTable + "_by_issuer ON " + credentialTable
                    + " (issuer_id, credential_id)");
            s.execute("CREATE INDEX " + credentialTable + "_by_recipient ON " + credentialTable + " (recipient_ref)");
            s.execute("CREATE INDEX " + credentialTable + "_newest ON " + credentialTable
                    + " (issuer_id, issued_at DESC, credential_id DESC)");
            s.execute("CREATE TABLE " + eventTable + " (global_index BIGSERIAL NOT NULL PRIMARY KEY, "
                    + "event_identifier VARCHAR(255) NOT NULL UNIQUE, aggregate_identifier VARCHAR(255) NOT NULL, "
                    + "sequence_number BIGINT NOT NULL, type VARCHAR(255), time_stamp VARCHAR(255) NOT NULL, "
                    + "payload_type VARCHAR(255) NOT NULL, payload_revision VARCHAR(255), payload BYTEA NOT NULL, "
                    + "meta_data BYTEA, UNIQUE (aggregate_identifier, sequence_number))");
        }
        if (log != null) {
            log.println("[setup] scratch tables " + credentialTable + ", " + eventTable + " in " + target.jdbcUrl()
                    + " (credential row: signed_json " + signedJson.length() + " B, jwt " + jwt.length()
                    + " B; event payload " + payload.length + " B)");
        }
    }

    private void ensureScratchDatabase() throws SQLException {
        String db = IssuanceTarget.databaseName(target.jdbcUrl());
        if (!db.equals(IssuanceTarget.SCRATCH_DATABASE)) {
            return; // a database the caller chose: used as it is
        }
        try (Connection c = DriverManager.getConnection(IssuanceTarget.maintenanceUrl(target.jdbcUrl()),
                target.dbUser(), target.dbPassword());
             PreparedStatement q = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            q.setString(1, db);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + db);
            } catch (SQLException e) {
                if (!"42P04".equals(e.getSQLState())) { // duplicate_database: another run created it meanwhile
                    throw e;
                }
            }
            if (log != null) {
                log.println("[setup] created scratch database " + db);
            }
        }
    }

    private Connection open() throws SQLException {
        try {
            return DriverManager.getConnection(target.jdbcUrl(), target.dbUser(), target.dbPassword());
        } catch (SQLException e) {
            throw new SQLException("cannot connect to " + target.jdbcUrl() + " as " + target.dbUser()
                    + " (is the local stack running? --jdbc-url to choose): " + e.getMessage(), e.getSQLState(), e);
        }
    }

    @Override
    public void execute(BenchContext ctx, long n) throws Exception {
        Connection c = connection.get();
        if (c == null) {
            c = open();
            c.setAutoCommit(false);
            connections.add(c);
            connection.set(c);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Timestamp issued = Timestamp.from(now);
        Timestamp until = Timestamp.from(now.plus(730, ChronoUnit.DAYS));
        try (PreparedStatement cred = c.prepareStatement("INSERT INTO " + credentialTable + " (credential_id, "
                + "issuer_id, achievement_id, achievement_version, recipient_ref, status, issued_at, valid_from, "
                + "valid_until, signed_json, jwt, aggregate_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement event = c.prepareStatement("INSERT INTO " + eventTable + " (event_identifier, "
                     + "aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision, "
                     + "payload, meta_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < batch; i++) {
                String id = UUID.randomUUID().toString();
                cred.setString(1, id);
                cred.setString(2, "bench-issuer");
                cred.setString(3, "3f6e0c1a-2b7d-4e58-9a41-0c2d7b8e5f10");
                cred.setInt(4, 1);
                cred.setString(5, recipientRef(n, i));
                cred.setString(6, "ACTIVE");
                cred.setTimestamp(7, issued);
                cred.setTimestamp(8, issued);
                cred.setTimestamp(9, until);
                cred.setString(10, signedJson);
                cred.setString(11, jwt);
                cred.setLong(12, 0);
                event.setString(1, UUID.randomUUID().toString());
                event.setString(2, id);
                event.setLong(3, 0);
                event.setString(4, "Credential");
                event.setString(5, now.toString());
                event.setString(6, "org.credstack.events.issuance.CredentialIssued");
                event.setString(7, null);
                event.setBytes(8, payload);
                event.setBytes(9, metaData);
                if (batch == 1) {
                    cred.executeUpdate();
                    event.executeUpdate();
                } else {
                    cred.addBatch();
                    event.addBatch();
                }
            }
            if (batch > 1) {
                cred.executeBatch();
                event.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    /** 64 hex digits, distinct per row. */
    private static String recipientRef(long n, int i) {
        return String.format("%032x%032x", n, (long) i * 0x9E3779B97F4A7C15L);
    }

    @Override
    public void tearDown(BenchContext ctx) {
        for (Connection c; (c = connections.poll()) != null; ) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        if (credentialTable == null) {
            return;
        }
        try (Connection c = open(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("DROP TABLE IF EXISTS " + credentialTable);
            s.execute("DROP TABLE IF EXISTS " + eventTable);
        } catch (SQLException e) {
            if (log != null) {
                log.println("[teardown] could not drop " + credentialTable + ", " + eventTable + ": " + e.getMessage());
            }
        }
    }
}
