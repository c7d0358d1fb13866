package org.credstack.platform.projection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.sql.DataSource;

/**
 * The generations of each projection: which schema serves reads, creating a fresh one, and switching over. All
 * registry changes take a transaction-scoped advisory lock on the projection's name, so replicas agree.
 */
@ApplicationScoped
public class ProjectionStore {

    static final String APPLIED = "applied_position";

    @Inject
    DataSource dataSource;

    public record Serving(int generation, String schema, boolean switching) {
    }

    /** The serving generation, creating generation 1 on first use. */
    public Serving serving(Projection projection) {
        return inTransaction(() -> {
            try (Connection c = dataSource.getConnection()) {
                Serving current = read(c, projection.name());
                if (current != null) {
                    return current;
                }
                lock(c, projection.name());
                current = read(c, projection.name());
                if (current != null) {
                    return current;
                }
                String schema = schemaName(projection, 1);
                createTables(c, projection, schema);
                createIndexes(c, projection, schema);
                exposeViews(c, projection, schema);
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO projection_registry (name, generation, schema_name) VALUES (?, 1, ?)")) {
                    insert.setString(1, projection.name());
                    insert.setString(2, schema);
                    insert.executeUpdate();
                }
                return new Serving(1, schema, false);
            }
        });
    }

    /**
     * Brings the serving generation's tables up to this release ({@link Projection#upgradeTables}) and exposes its
     * views again, so that they show the columns added.
     */
    public void upgrade(Projection projection) {
        if (projection.upgradeTables("upgraded").isEmpty()) {
            return;
        }
        inTransaction(() -> {
            try (Connection c = dataSource.getConnection()) {
                lock(c, projection.name());
                Serving current = read(c, projection.name());
                if (current != null) {
                    for (String ddl : projection.upgradeTables(current.schema())) {
                        execute(c, ddl);
                    }
                    exposeViews(c, projection, current.schema());
                }
            }
            return null;
        });
    }

    /**
     * Creates an empty generation {@code generation} (dropping any leftover of an aborted rebuild), with its secondary
     * indexes unless {@code deferIndexes} (a rebuild builds them after its first replay, {@link #createIndexes}).
     */
    public String createGeneration(Projection projection, int generation, boolean deferIndexes) {
        String schema = schemaName(projection, generation);
        inTransaction(() -> {
            try (Connection c = dataSource.getConnection()) {
                lock(c, projection.name());
                execute(c, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                createTables(c, projection, schema);
                if (!deferIndexes) {
                    createIndexes(c, projection, schema);
                }
            }
            return null;
        });
        return schema;
    }

    /** Builds the secondary indexes of a generation created with deferred indexes. */
    public void createIndexes(Projection projection, String schema) {
        inTransaction(() -> {
            try (Connection c = dataSource.getConnection()) {
                createIndexes(c, projection, schema);
            }
            return null;
        });
    }

    public void setSwitching(Projection projection, boolean switching) {
        inTransaction(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement update = c.prepareStatement(
                         "UPDATE projection_registry SET switching = ? WHERE name = ?")) {
                update.setBoolean(1, switching);
                update.setString(2, projection.name());
                update.executeUpdate();
            }
            return null;
        });
    }

    /** Points the public views at {@code generation} and drops the generation that served before. */
    public void switchTo(Projection projection, int generation) {
        String schema = schemaName(projection, generation);
        String previous = inTransaction(() -> {
            try (Connection c = dataSource.getConnection()) {
                lock(c, projection.name());
                Serving before = read(c, projection.name());
                exposeViews(c, projection, schema);
                try (PreparedStatement update = c.prepareStatement("UPDATE projection_registry SET generation = ?,"
                        + " schema_name = ?, switching = false, switched_at = now() WHERE name = ?")) {
                    update.setInt(1, generation);
                    update.setString(2, schema);
                    update.setString(3, projection.name());
                    update.executeUpdate();
                }
                return before == null ? null : before.schema();
            }
        });
        if (previous != null && !previous.equals(schema)) {
            inTransaction(() -> {
                try (Connection c = dataSource.getConnection()) {
                    execute(c, "DROP SCHEMA IF EXISTS " + previous + " CASCADE");
                }
                return null;
            });
        }
    }

    public static String schemaName(Projection projection, int generation) {
        String name = projection.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        return "proj_" + name + "_g" + generation;
    }

    private static Serving read(Connection c, String name) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT generation, schema_name, switching FROM projection_registry WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? new Serving(rs.getInt(1), rs.getString(2), rs.getBoolean(3)) : null;
            }
        }
    }

    private static void createTables(Connection c, Projection projection, String schema) throws SQLException {
        execute(c, "CREATE SCHEMA IF NOT EXISTS " + schema);
        execute(c, "CREATE TABLE " + schema + "." + APPLIED
                + " (aggregate_id VARCHAR(255) PRIMARY KEY, last_sequence BIGINT NOT NULL)");
        for (String ddl : projection.createTables(schema)) {
            execute(c, ddl);
        }
    }

    private static void createIndexes(Connection c, Projection projection, String schema) throws SQLException {
        for (String ddl : projection.createIndexes(schema)) {
            execute(c, ddl);
        }
    }

    private static void exposeViews(Connection c, Projection projection, String schema) throws SQLException {
        for (String table : projection.tables()) {
            execute(c, "DROP VIEW IF EXISTS public." + table);
            execute(c, "CREATE VIEW public." + table + " AS SELECT * FROM " + schema + "." + table);
        }
    }

    private static void lock(Connection c, String name) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, "projection:" + name);
            lock.execute();
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }

    static <T> T inTransaction(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }
}
