package org.credstack.recognition.learner;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.events.Service;
import org.credstack.events.cloudevents.DecodedEvent;
import org.credstack.events.learner.LearnerErased;
import org.credstack.platform.projection.Projection;
import org.credstack.platform.projection.ProjectionContext;
import org.credstack.platform.projection.ProjectionStore;
import org.junit.jupiter.api.Test;

/**
 * A release that adds a column to a projection's table brings the serving generation of an earlier release up to
 * it at start-up, the public view included, rows kept (as {@code progress_pending.achievement_ids} came, D40).
 */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "recognition"))
class ProjectionUpgradeTest {

    @Inject
    ProjectionStore store;
    @Inject
    DataSource dataSource;

    @Test
    void the_serving_generation_gains_the_added_column_and_keeps_its_rows() throws Exception {
        String name = "upgrade-" + UUID.randomUUID().toString().substring(0, 8);
        String table = "upgrade_" + name.substring(8);
        Release earlier = new Release(name, table, false);
        String schema = store.serving(earlier).schema();
        execute("INSERT INTO " + schema + "." + table + " (id) VALUES ('kept')");
        store.upgrade(earlier); // nothing to do

        Release later = new Release(name, table, true);
        store.upgrade(later);
        store.upgrade(later); // idempotent

        assertThat(columns(table)).containsExactly("id", "added");
        execute("UPDATE " + table + " SET added = 'new' WHERE id = 'kept'");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, added FROM " + table)) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1) + "/" + rs.getString(2)).isEqualTo("kept/new");
        }
    }

    private List<String> columns(String view) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_schema"
                     + " = 'public' AND table_name = '" + view + "' ORDER BY ordinal_position")) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        return columns;
    }

    private void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** One table, in the shape of an earlier release (one column) or of a later one (a column added). */
    private record Release(String name, String table, boolean added) implements Projection {

        @Override
        public Set<Service> sources() {
            return Set.of(Service.RECOGNITION);
        }

        @Override
        public List<String> tables() {
            return List.of(table);
        }

        @Override
        public List<String> createTables(String schema) {
            return List.of("CREATE TABLE " + schema + "." + table + " (id VARCHAR(16) PRIMARY KEY"
                    + (added ? ", added VARCHAR(16)" : "") + ")");
        }

        @Override
        public List<String> upgradeTables(String schema) {
            return added ? List.of("ALTER TABLE " + schema + "." + table + " ADD COLUMN IF NOT EXISTS added"
                    + " VARCHAR(16)") : List.of();
        }

        @Override
        public void apply(DecodedEvent event, ProjectionContext context) {
        }

        @Override
        public void erase(LearnerErased erased, ProjectionContext context) {
        }
    }
}
