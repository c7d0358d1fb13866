package org.credstack.recognition.learner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.devstack.Devstack;
import org.credstack.events.issuance.CredentialRevoked;
import org.credstack.events.issuance.CredentialSuspended;
import org.credstack.events.learner.LearnerErased;
import org.credstack.events.wallet.RecipientLinked;
import org.credstack.platform.testing.KafkaTestClient;
import org.credstack.recognition.catalog.TestInstitution;
import org.credstack.recognition.progress.ProgressAndAwardTest;
import org.credstack.recognition.qualification.api.Definitions;
import org.junit.jupiter.api.Test;

/**
 * learner-credentials rebuilt from offset zero (through its COPY loader) while it keeps serving ends equal to the live
 * projection, and every learner's progress is re-evaluated to what it was.
 */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "recognition"))
class LearnerCredentialsRebuildTest {

    private static final String ADMIN = "/admin/projections/" + LearnerCredentialProjection.NAME;

    @Inject
    DataSource dataSource;

    @Test
    void a_rebuild_while_serving_ends_equal_to_the_live_projection_and_progress_comes_back_the_same() throws Exception {
        TestInstitution uni = TestInstitution.create();
        List<String> achievements = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            achievements.add(uni.publish("Component " + i, "5", 6));
        }
        String target = uni.publish("Certificate", "20", 6);
        TestInstitution.awaitCatalogued(achievements.toArray(String[]::new));
        TestInstitution.awaitCatalogued(target);
        String qualification = uni.admin().contentType(ContentType.JSON).body(Definitions.requiringAchievements(
                "Certificate", target, 20, achievements.toArray(String[]::new)))
                .post("/v1/qualifications").then().statusCode(201).extract().path("id");
        uni.admin().header("If-Match", "*").post("/v1/qualifications/" + qualification + "/publish").then()
                .statusCode(200);

        List<String> refs = List.of(ProgressAndAwardTest.randomRef(), ProgressAndAwardTest.randomRef(),
                ProgressAndAwardTest.randomRef());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String ref = refs.get(i % 3);
            String id = ProgressAndAwardTest.issue(uni.id, achievements.get(i % 4), ref);
            if (i % 4 == 1) {
                KafkaTestClient.publish(new CredentialRevoked(id, uni.id, ref, "annulled", Instant.now()), uni.id, 1);
            } else if (i % 5 == 0) {
                KafkaTestClient.publish(new CredentialSuspended(id, uni.id, ref, "under review"), uni.id, 1);
            }
            ids.add(id);
        }
        String wallet = UUID.randomUUID().toString();
        KafkaTestClient.publish(new RecipientLinked(wallet, refs.get(0)), wallet, 0);
        // an erased learner: the rebuild meets LearnerErased (wallet topic) before the credential it erased
        String erasedRef = ProgressAndAwardTest.randomRef();
        String erasedCredential = ProgressAndAwardTest.issue(uni.id, achievements.get(0), erasedRef);
        await().atMost(TestInstitution.BOUND).until(() -> count("credential_id = '" + erasedCredential + "'") == 1);
        KafkaTestClient.publish(new LearnerErased(UUID.randomUUID().toString(), List.of(erasedRef),
                Instant.now().plusSeconds(1)), "platform", 0);

        await().atMost(TestInstitution.BOUND).untilAsserted(() -> {
            assertThat(count("credential_id = '" + erasedCredential + "'")).isZero();
            assertThat(count("credential_id IN ('" + String.join("','", ids) + "') AND status <> 'ACTIVE'"))
                    .isEqualTo(5);
            assertThat(rows("SELECT * FROM wallet_link WHERE wallet_id = '" + wallet + "'")).hasSize(1);
            assertThat(operator().get("/admin/progress").then().extract().jsonPath().getLong("queued")).isZero();
        });
        List<List<Object>> live = rows("SELECT * FROM " + LearnerCredentialProjection.CREDENTIALS
                + " ORDER BY credential_id");
        List<List<Object>> links = rows("SELECT * FROM wallet_link ORDER BY 1, 2");
        List<List<Object>> progress = progress(refs);
        assertThat(progress).hasSize(3);
        int generation = operator().get(ADMIN).then().statusCode(200).extract().path("generation");

        operator().post(ADMIN + "/rebuild").then().statusCode(202);
        await().atMost(TestInstitution.BOUND).untilAsserted(() -> operator().get(ADMIN).then().statusCode(200)
                .body("rebuild.state", equalTo("DONE")));
        operator().get(ADMIN).then().body("generation", equalTo(generation + 1))
                .body("rebuild.done", greaterThanOrEqualTo(ids.size()));

        assertThat(rows("SELECT * FROM " + LearnerCredentialProjection.CREDENTIALS + " ORDER BY credential_id"))
                .isEqualTo(live);
        assertThat(rows("SELECT * FROM wallet_link ORDER BY 1, 2")).isEqualTo(links);
        assertThat(count("credential_id = '" + erasedCredential + "'")).isZero();
        await().atMost(TestInstitution.BOUND).untilAsserted(() -> {
            assertThat(operator().get("/admin/progress").then().extract().jsonPath().getLong("queued")).isZero();
            assertThat(progress(refs)).isEqualTo(progress);
        });
    }

    /** Each learner's stored progress, without the time it was stored. */
    private List<List<Object>> progress(List<String> refs) throws SQLException {
        return rows("SELECT learner_id, qualification_id, version, eligible, total_credits, digest FROM learner_progress"
                + " WHERE recipient_refs && ARRAY['" + String.join("','", refs) + "']::varchar[] ORDER BY 1, 2");
    }

    private long count(String where) throws SQLException {
        return ((Number) rows("SELECT count(*) FROM " + LearnerCredentialProjection.CREDENTIALS + " WHERE " + where)
                .get(0).get(0)).longValue();
    }

    private List<List<Object>> rows(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static RequestSpecification operator() {
        return given().auth().oauth2(Devstack.tokens().mint("ops-1", Set.of("operator"), null, null));
    }
}
