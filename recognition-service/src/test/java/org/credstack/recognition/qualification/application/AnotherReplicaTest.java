package org.credstack.recognition.qualification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.credstack.devstack.CredstackTestResource;
import org.junit.jupiter.api.Test;

/**
 * Another replica's commit reaches this one's cache through the revision counter alone: rows written here directly,
 * as that replica's view would, are served only once the counter moves.
 */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "recognition"))
class AnotherReplicaTest {

    static final String DEFINITION = """
            {"name":"Elsewhere","targetAchievementId":"ach-x","creditsRequired":5,"awardPolicy":"AUTOMATIC",
             "rules":{"required":[{"achievementId":"ach-y"}]}}""";

    @Inject
    PublishedQualifications published;
    @Inject
    DataSource dataSource;

    @Test
    void a_publication_through_another_replica_is_served_once_its_revision_is_seen() throws Exception {
        String id = UUID.randomUUID().toString();
        published.latest(); // loaded and checked now
        write("INSERT INTO qualification (qualification_id, issuer_id, name, latest_version, published_version,"
                + " aggregate_version, created_at, updated_at) VALUES (?, 'uni-elsewhere', 'Elsewhere', 1, 1, 2,"
                + " now(), now())", id);
        write("INSERT INTO qualification_version (qualification_id, version, name, definition,"
                + " nested_qualification_ids, created_at, updated_at, published_at) VALUES (?, 1, 'Elsewhere',"
                + " CAST('" + DEFINITION + "' AS jsonb), '{}', now(), now(), now())", id);

        Thread.sleep(1500); // past the recheck interval (1 s): checked again, but the counter has not moved
        assertThat(published.latest()).noneMatch(p -> p.qualificationId().equals(id));

        write("UPDATE read_model_revision SET revision = revision + 1 WHERE name = ?", "qualifications");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(published.inForceAt(id, Instant.now())).hasValueSatisfying(p -> {
                    assertThat(p.issuerId()).isEqualTo("uni-elsewhere");
                    assertThat(p.definition().name()).isEqualTo("Elsewhere");
                }));
    }

    private void write(String sql, String parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        }
    }
}
