package org.credstack.wallet.consent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.devstack.Devstack;
import org.credstack.events.Service;
import org.credstack.events.cloudevents.CloudEventCodec;
import org.credstack.events.cloudevents.CloudEventHeaders;
import org.credstack.events.issuance.IssuerRegistered;
import org.credstack.events.wallet.ConsentGranted;
import org.credstack.events.wallet.ConsentRevoked;
import org.credstack.platform.recipient.RecipientRefs;
import org.credstack.platform.testing.KafkaTestClient;
import org.credstack.wallet.credential.IssuedCredentials;
import org.junit.jupiter.api.Test;

/** Consents over REST, and their events on credstack.wallet.v1 under the institution's tenant. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "wallet"))
class ConsentApiTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    RecipientRefs refs;

    @Test
    void a_learner_gives_and_withdraws_consent_and_each_is_an_event_for_the_institution() {
        String institution = institution();
        String email = "learner." + UUID.randomUUID() + "@student.example";
        String credential = IssuedCredentials.publish(refs.of(email));
        await().atMost(BOUND).untilAsserted(() -> as(email).get("/v1/wallet/credentials/" + credential).then()
                .statusCode(200));

        String consentId = as(email).contentType(ContentType.JSON).body(Map.of("institution", institution,
                        "credentialIds", List.of(credential), "purpose", "rpl:claim-1"))
                .post("/v1/wallet/consents").then().statusCode(201)
                .body("institution", equalTo(institution)).body("credentialIds", contains(credential))
                .extract().path("id");
        as(email).get("/v1/wallet/consents").then().statusCode(200).body("id", contains(consentId));

        as(email).delete("/v1/wallet/consents/" + consentId).then().statusCode(204);
        as(email).get("/v1/wallet/consents").then().body("[0].revokedAt", notNullValue());
        as(email).delete("/v1/wallet/consents/" + consentId).then().statusCode(204);
        String stranger = "learner." + UUID.randomUUID() + "@student.example";
        as(stranger).delete("/v1/wallet/consents/" + consentId).then().statusCode(404);

        await().atMost(BOUND).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> records = KafkaTestClient.readAll(Service.WALLET.topic(),
                    Duration.ofMillis(500));
            List<Object> events = records.stream().map(ConsentApiTest::decode).toList();
            assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(ConsentGranted.class,
                    granted -> assertThat(granted.consentId()).isEqualTo(consentId)));
            assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(ConsentRevoked.class,
                    revoked -> assertThat(revoked.consentId()).isEqualTo(consentId)));
            ConsumerRecord<String, byte[]> granted = records.stream().filter(r -> decode(r) instanceof ConsentGranted g
                    && g.consentId().equals(consentId)).findFirst().orElseThrow();
            assertThat(new String(granted.headers().lastHeader(CloudEventHeaders.TENANT).value(),
                    StandardCharsets.UTF_8)).isEqualTo(institution);
        });
    }

    @Test
    void consent_names_only_known_institutions_and_credentials_of_the_wallet() {
        String institution = institution();
        String email = "learner." + UUID.randomUUID() + "@student.example";
        String mine = IssuedCredentials.publish(refs.of(email));
        String notMine = IssuedCredentials.publish(refs.of("other." + UUID.randomUUID() + "@student.example"));
        await().atMost(BOUND).untilAsserted(() -> as(email).get("/v1/wallet/credentials/" + mine).then()
                .statusCode(200));

        as(email).contentType(ContentType.JSON).body(Map.of("institution", "no-such-institution",
                "credentialIds", List.of(mine))).post("/v1/wallet/consents").then().statusCode(422)
                .body("type", endsWith("unknown-institution"));
        as(email).contentType(ContentType.JSON).body(Map.of("institution", institution,
                "credentialIds", List.of(mine, notMine))).post("/v1/wallet/consents").then().statusCode(422)
                .body("type", endsWith("credential-not-in-wallet"));
        as(email).contentType(ContentType.JSON).body(Map.of("institution", institution,
                "credentialIds", List.of())).post("/v1/wallet/consents").then().statusCode(400)
                .contentType("application/problem+json");
        as(email).contentType(ContentType.JSON).body(Map.of("institution", institution, "credentialIds",
                List.of(mine), "expiresAt", Instant.now().minusSeconds(60).toString()))
                .post("/v1/wallet/consents").then().statusCode(400);
        as(email).contentType(ContentType.JSON).body(Map.of("institution", institution, "credentialIds",
                List.of(mine), "purpose", "anything at all")).post("/v1/wallet/consents").then().statusCode(400);
        as(email).get("/v1/wallet/consents").then().statusCode(200).body("size()", equalTo(0));
    }

    private static String institution() {
        String id = UUID.randomUUID().toString();
        KafkaTestClient.publish(new IssuerRegistered(id, "did:web:localhost:issuers:" + id, "University " + id,
                "https://example.org", "office@example.org", "NL", null, List.of()), "platform", 0);
        await().atMost(BOUND).untilAsserted(() -> given().get("/v1/institutions/" + id).then().statusCode(200));
        return id;
    }

    private static Object decode(ConsumerRecord<String, byte[]> record) {
        try {
            return CloudEventCodec.decode(record).event();
        } catch (Exception e) {
            return e;
        }
    }

    private static RequestSpecification as(String email) {
        return given().auth().oauth2(Devstack.tokens().mint("learner:" + email, Set.of("learner"), null, email));
    }
}
