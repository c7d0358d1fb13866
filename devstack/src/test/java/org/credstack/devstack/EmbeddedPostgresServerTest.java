package org.credstack.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @TempDir
    Path dir;

    @Test
    void startsCreatesDatabasesAndKeepsDataAcrossRestarts() throws Exception {
        Path data = dir.resolve("pg");
        EmbeddedPostgresServer pg = new EmbeddedPostgresServer(0, data, true).start();
        int port;
        try {
            port = pg.port();
            String url = pg.jdbcUrl("credstack_test");
            assertEquals("jdbc:postgresql://127.0.0.1:" + port + "/credstack_test?reWriteBatchedInserts=true", url);
            pg.createDatabase("credstack_test");
            pg.createDatabase("credstack_test"); // idempotent
            try (Connection c = DriverManager.getConnection(url, pg.username(), pg.password());
                 Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT current_database(), current_setting('server_version_num')::int,"
                        + " current_setting('max_connections')::int")) {
                    assertTrue(rs.next());
                    assertEquals("credstack_test", rs.getString(1));
                    assertTrue(rs.getInt(2) >= 150000 && rs.getInt(2) < 160000, "PostgreSQL 15: " + rs.getInt(2));
                    assertEquals(200, rs.getInt(3));
                }
                st.execute("CREATE TABLE t (id int primary key, v text)");
                st.execute("INSERT INTO t VALUES (1, 'kept')");
            }
        } finally {
            pg.stop();
        }
        // same data directory, not fresh: the row is still there
        EmbeddedPostgresServer again = new EmbeddedPostgresServer(port, data, false).start();
        try (Connection c = DriverManager.getConnection(again.jdbcUrl("credstack_test"), again.username(),
                again.password());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT v FROM t WHERE id = 1")) {
            assertTrue(rs.next());
            assertEquals("kept", rs.getString(1));
        } finally {
            again.stop();
        }
        assertTrue(DevstackSupport.isPortFree(port), "PostgreSQL stopped");
    }
}
