package org.credstack.issuance.credential;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.credstack.issuance.credential.CredentialFixtures.as;
import static org.credstack.issuance.credential.CredentialFixtures.issueBody;
import static org.credstack.issuance.credential.CredentialFixtures.parse;
import static org.credstack.issuance.credential.CredentialFixtures.published;
import static org.credstack.issuance.credential.CredentialFixtures.registerIssuer;
import static org.credstack.issuance.credential.CredentialFixtures.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.events.Service;
import org.credstack.events.cloudevents.CloudEventCodec;
import org.credstack.events.issuance.CredentialRevoked;
import org.credstack.issuance.credential.projection.CredentialRecord;
import org.credstack.issuance.credential.projection.CredentialStatus;
import org.credstack.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "issuance"))
class CredentialStatusApiTest {

    static final Map<String, String> REASON = Map.of("reason", "Assessment found to be plagiarised");

    @Test
    void revoking_sets_the_revocation_bit_publishes_credential_revoked_and_is_final() throws Exception {
        String issuer = registerIssuer();
        String staff = token(issuer, "issuer-staff");
        ObjectNode credential = issue(token(issuer, "issuer-admin"), false);
        String id = idOf(credential);

        as(staff).body(REASON).post("/v1/credentials/" + id + "/revoke").then().statusCode(200)
                .header("ETag", "\"1\"").body("id", equalTo(id)).body("status", equalTo("REVOKED"))
                .body("reason", equalTo(REASON.get("reason"))).body("changedAt", notNullValue());

        QuarkusTransaction.requiringNew().run(() -> {
            CredentialRecord record = CredentialRecord.findById(id);
            assertThat(record.status).isEqualTo(CredentialStatus.REVOKED);
            assertThat(record.statusReason).isEqualTo(REASON.get("reason"));
            assertThat(record.statusChangedAt).isNotNull();
        });
        JsonNode entry = credential.get("credentialStatus");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(bit(entry)).isTrue());

        // polled in the test thread: the Kafka client loads its plugins through the thread's context class loader
        CredentialRevoked event = await().atMost(Duration.ofSeconds(60)).pollInSameThread()
                .until(() -> KafkaTestClient.readAll(Service.ISSUANCE.topic(), Duration.ofMillis(500)).stream()
                        .filter(r -> id.equals(r.key())).map(CredentialStatusApiTest::decode)
                        .filter(CredentialRevoked.class::isInstance).map(CredentialRevoked.class::cast)
                        .findFirst().orElse(null), e -> e != null);
        assertThat(event.issuerId()).isEqualTo(issuer);
        assertThat(event.reason()).isEqualTo(REASON.get("reason"));
        assertThat(event.revokedAt()).isNotNull();

        as(staff).body(REASON).post("/v1/credentials/" + id + "/revoke").then().statusCode(409)
                .contentType("application/problem+json").body("rule", equalTo("credential-already-revoked"));
        as(staff).body(REASON).post("/v1/credentials/" + id + "/suspend").then().statusCode(409)
                .body("rule", equalTo("credential-revoked"));
        as(staff).post("/v1/credentials/" + id + "/reinstate").then().statusCode(409)
                .body("rule", equalTo("credential-revoked"));
    }

    @Test
    void suspending_where_the_achievement_does_not_allow_it_is_rejected() throws Exception {
        String issuer = registerIssuer();
        String admin = token(issuer, "issuer-admin");
        String id = idOf(issue(admin, false));

        as(admin).body(REASON).post("/v1/credentials/" + id + "/suspend").then().statusCode(422)
                .contentType("application/problem+json").body("rule", equalTo("suspension-not-allowed"));
        as(admin).post("/v1/credentials/" + id + "/reinstate").then().statusCode(409)
                .body("rule", equalTo("credential-not-suspended"));
    }

    @Test
    void suspending_sets_the_suspension_bit_and_reinstating_clears_it() throws Exception {
        String issuer = registerIssuer();
        String admin = token(issuer, "issuer-admin");
        ObjectNode credential = issue(admin, true);
        String id = idOf(credential);
        JsonNode suspension = credential.get("credentialStatus").get(1);
        assertThat(suspension.get("statusPurpose").asText()).isEqualTo("suspension");

        as(admin).body(Map.of("reason", "Under investigation")).post("/v1/credentials/" + id + "/suspend")
                .then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("SUSPENDED"))
                .body("reason", equalTo("Under investigation"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(bit(suspension)).isTrue());
        assertThat(bit(credential.get("credentialStatus").get(0))).as("not revoked").isFalse();
        as(admin).body(REASON).post("/v1/credentials/" + id + "/suspend").then().statusCode(409)
                .body("rule", equalTo("credential-already-suspended"));

        as(token(issuer, "issuer-staff")).post("/v1/credentials/" + id + "/reinstate").then().statusCode(200)
                .header("ETag", "\"2\"").body("status", equalTo("ACTIVE"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(bit(suspension)).isFalse());
        QuarkusTransaction.requiringNew().run(() -> {
            CredentialRecord record = CredentialRecord.findById(id);
            assertThat(record.status).isEqualTo(CredentialStatus.ACTIVE);
            assertThat(record.statusReason).isNull();
            assertThat(record.aggregateVersion).isEqualTo(2);
        });
    }

    @Test
    void another_tenants_credential_cannot_be_revoked_suspended_or_reinstated() throws Exception {
        String issuer = registerIssuer();
        String id = idOf(issue(token(issuer, "issuer-admin"), true));
        String other = token(registerIssuer(), "issuer-admin");

        as(other).body(REASON).post("/v1/credentials/" + id + "/revoke").then().statusCode(404)
                .contentType("application/problem+json");
        as(other).body(REASON).post("/v1/credentials/" + id + "/suspend").then().statusCode(404);
        as(other).post("/v1/credentials/" + id + "/reinstate").then().statusCode(404);
        as(token(issuer, "issuer-admin")).body(REASON).post("/v1/credentials/" + UUID.randomUUID() + "/revoke")
                .then().statusCode(404);
        as(token(issuer, "learner")).body(REASON).post("/v1/credentials/" + id + "/revoke").then().statusCode(403);
        given().contentType("application/json").body(REASON).post("/v1/credentials/" + id + "/revoke")
                .then().statusCode(401);
    }

    @Test
    void a_missing_reason_is_answered_with_a_problem_naming_the_field() throws Exception {
        String issuer = registerIssuer();
        String admin = token(issuer, "issuer-admin");
        String id = idOf(issue(admin, true));

        as(admin).body(Map.of()).post("/v1/credentials/" + id + "/revoke").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("reason"));
        as(admin).body(Map.of("reason", "")).post("/v1/credentials/" + id + "/suspend").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
    }

    @Test
    void a_stale_if_match_is_rejected_and_a_current_one_applies() throws Exception {
        String issuer = registerIssuer();
        String admin = token(issuer, "issuer-admin");
        String id = idOf(issue(admin, true));
        String etag = as(admin).get("/v1/credentials/" + id).then().statusCode(200).extract().header("ETag");
        assertThat(etag).isEqualTo("\"0\"");

        as(admin).header("If-Match", etag).body(REASON).post("/v1/credentials/" + id + "/suspend")
                .then().statusCode(200).header("ETag", "\"1\"");
        as(admin).header("If-Match", etag).post("/v1/credentials/" + id + "/reinstate").then().statusCode(409)
                .body("rule", equalTo("stale-version"));
        as(admin).header("If-Match", "\"7\"").body(REASON).post("/v1/credentials/" + id + "/revoke")
                .then().statusCode(409).body("rule", equalTo("stale-version"));
        as(admin).header("If-Match", "\"1\"").post("/v1/credentials/" + id + "/reinstate").then().statusCode(200)
                .header("ETag", "\"2\"");
    }

    @Test
    void a_retried_revocation_with_the_same_idempotency_key_replays_the_first_answer() throws Exception {
        String issuer = registerIssuer();
        String admin = token(issuer, "issuer-admin");
        String id = idOf(issue(admin, false));
        String key = UUID.randomUUID().toString();

        String first = as(admin).header("Idempotency-Key", key).body(REASON).post("/v1/credentials/" + id + "/revoke")
                .then().statusCode(200).extract().asString();
        String second = as(admin).header("Idempotency-Key", key).body(REASON)
                .post("/v1/credentials/" + id + "/revoke").then().statusCode(200)
                .header("Idempotent-Replayed", "true").header("ETag", "\"1\"").extract().asString();
        assertThat(parse(second)).isEqualTo(parse(first));
    }

    static ObjectNode issue(String token, boolean suspensionAllowed) throws Exception {
        String achievement = published(token, suspensionAllowed);
        return parse(as(token).body(issueBody(achievement, "learner." + UUID.randomUUID() + "@student.example"))
                .post("/v1/credentials").then().statusCode(201).extract().asString());
    }

    static String idOf(ObjectNode credential) {
        return credential.get("id").asText().substring("urn:uuid:".length());
    }

    /** The credential's bit in the status list its entry points at, as a verifier reads it. */
    static boolean bit(JsonNode entry) throws Exception {
        return CredentialFixtures.statusBit(entry);
    }

    static Object decode(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record) {
        try {
            return CloudEventCodec.decode(record).event();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
