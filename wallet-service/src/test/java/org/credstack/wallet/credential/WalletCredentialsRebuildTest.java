package org.credstack.wallet.credential;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.devstack.Devstack;
import org.credstack.events.issuance.CredentialIssued;
import org.credstack.events.issuance.CredentialRevoked;
import org.credstack.events.issuance.CredentialSuspended;
import org.credstack.events.learner.LearnerErased;
import org.credstack.platform.recipient.RecipientRefs;
import org.credstack.platform.testing.KafkaTestClient;
import org.credstack.wallet.credential.projection.WalletCredentialProjection;
import org.junit.jupiter.api.Test;

/** The wallet projection rebuilt from offset zero while it keeps serving ends equal to the live one. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "wallet"))
class WalletCredentialsRebuildTest {

    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final String ADMIN = "/admin/projections/" + WalletCredentialProjection.NAME;

    @Inject
    RecipientRefs refs;
    @Inject
    DataSource dataSource;

    @Test
    void a_rebuild_while_serving_ends_equal_to_the_live_projection() throws Exception {
        String email = "learner." + UUID.randomUUID() + "@student.example";
        String ref = refs.of(email);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            CredentialIssued issued = IssuedCredentials.issued(UUID.randomUUID().toString(), "uni-r" + (i % 3), ref,
                    Instant.now().minusSeconds(1000 - i), IssuedCredentials.DATA_SKILL, null);
            KafkaTestClient.publish(issued, issued.issuerId(), 0);
            if (i % 4 == 0) {
                KafkaTestClient.publish(new CredentialRevoked(issued.credentialId(), issued.issuerId(), ref, "test",
                        Instant.now()), issued.issuerId(), 1);
            } else if (i % 5 == 0) {
                KafkaTestClient.publish(new CredentialSuspended(issued.credentialId(), issued.issuerId(), ref, "t"),
                        issued.issuerId(), 1);
            }
            ids.add(issued.credentialId());
        }
        // an erased learner: the rebuild may meet LearnerErased (wallet topic) before the credentials it erased
        String erasedEmail = "erased." + UUID.randomUUID() + "@student.example";
        String erasedCredential = IssuedCredentials.publish(refs.of(erasedEmail));
        await().atMost(BOUND).untilAsserted(() -> WalletCredentialsApiTest.as(erasedEmail)
                .get("/v1/wallet/credentials/" + erasedCredential).then().statusCode(200));
        KafkaTestClient.publish(new LearnerErased(UUID.randomUUID().toString(), List.of(refs.of(erasedEmail)),
                Instant.now().plusSeconds(1)), "platform", 0);
        await().atMost(BOUND).untilAsserted(() -> WalletCredentialsApiTest.as(erasedEmail)
                .get("/v1/wallet/credentials/" + erasedCredential).then().statusCode(404));

        await().atMost(BOUND).untilAsserted(() -> WalletCredentialsApiTest.as(email)
                .queryParam("status", "revoked").get("/v1/wallet/credentials").then().body("items.size()", equalTo(5)));
        await().atMost(BOUND).untilAsserted(() -> WalletCredentialsApiTest.as(email)
                .queryParam("limit", 200).get("/v1/wallet/credentials").then().body("items.size()", equalTo(20)));
        List<List<Object>> live = rows();
        int generation = admin().get(ADMIN).then().statusCode(200).extract().path("generation");

        admin().post(ADMIN + "/rebuild").then().statusCode(202);
        // the learner is served while the new generation fills
        WalletCredentialsApiTest.as(email).get("/v1/wallet/credentials/" + ids.get(0)).then().statusCode(200);
        await().atMost(BOUND).untilAsserted(() -> admin().get(ADMIN).then().statusCode(200)
                .body("rebuild.state", equalTo("DONE")));
        admin().get(ADMIN).then().body("generation", equalTo(generation + 1))
                .body("rebuild.done", greaterThanOrEqualTo(ids.size()));
        assertThat(rows()).isEqualTo(live);
        WalletCredentialsApiTest.as(erasedEmail).get("/v1/wallet/credentials/" + erasedCredential).then()
                .statusCode(404);
        WalletCredentialsApiTest.awaitStatus(email, ids.get(0), "REVOKED");
    }

    private List<List<Object>> rows() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT credential_id, recipient_ref, issuer_id, achievement_id, status,"
                     + " status_reason, issued_at, valid_until, credential, credential_jwt, skills::text FROM "
                     + WalletCredentialProjection.TABLE + " ORDER BY credential_id")) {
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

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().oauth2(Devstack.tokens().mint("ops-1", Set.of("operator"), null, null));
    }
}
