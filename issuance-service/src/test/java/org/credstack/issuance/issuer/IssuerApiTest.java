package org.credstack.issuance.issuer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.devstack.Devstack;
import org.credstack.events.Service;
import org.credstack.events.cloudevents.CloudEventCodec;
import org.credstack.events.issuance.IssuerRegistered;
import org.credstack.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "issuance"))
class IssuerApiTest {

    static final Map<String, Object> DEMO = Map.of("name", "Demo University", "url", "https://demo.example",
            "email", "registrar@demo.example", "country", "NL", "accreditation", "NVAO");

    static String operator() {
        return Devstack.tokens().mint("ops", Set.of("operator"), null, null);
    }

    @Test
    void an_operator_registers_an_issuer_with_a_did_web_identifier() {
        String id = given().auth().oauth2(operator()).contentType(ContentType.JSON).body(DEMO)
                .post("/v1/issuers")
                .then().statusCode(201)
                .body("did", startsWith("did:web:localhost%3A"))
                .body("name", equalTo("Demo University"))
                .extract().path("id");

        given().auth().oauth2(operator()).get("/v1/issuers/" + id).then().statusCode(200)
                .body("country", equalTo("NL"));
    }

    @Test
    void issuer_staff_see_their_own_issuer_and_another_tenants_answers_404() {
        String id = given().auth().oauth2(operator()).contentType(ContentType.JSON).body(DEMO)
                .post("/v1/issuers").then().statusCode(201).extract().path("id");
        String own = Devstack.tokens().mint("staff", Set.of("issuer-staff"), id, null);
        String other = Devstack.tokens().mint("staff", Set.of("issuer-staff"), UUID.randomUUID().toString(), null);

        given().auth().oauth2(own).get("/v1/issuers/" + id).then().statusCode(200);
        given().auth().oauth2(other).get("/v1/issuers/" + id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void an_operator_may_choose_the_permanent_issuer_id_once() {
        String id = "college-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> withId = new HashMap<>(DEMO);
        withId.put("id", id);
        given().auth().oauth2(operator()).contentType(ContentType.JSON).body(withId).post("/v1/issuers")
                .then().statusCode(201).body("id", equalTo(id))
                .body("did", org.hamcrest.Matchers.endsWith(":issuers:" + id));

        given().auth().oauth2(operator()).contentType(ContentType.JSON).body(withId).post("/v1/issuers")
                .then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("issuer-already-registered"));
        withId.put("id", "Not A Slug!");
        given().auth().oauth2(operator()).contentType(ContentType.JSON).body(withId).post("/v1/issuers")
                .then().statusCode(400).body("errors.field", hasItem("id"));
    }

    @Test
    void invalid_fields_are_named_in_a_400_problem() {
        Map<String, Object> bad = new HashMap<>(DEMO);
        bad.put("country", "Netherlands");
        bad.put("email", "not-an-address");
        given().auth().oauth2(operator()).contentType(ContentType.JSON).body(bad).post("/v1/issuers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("country"))
                .body("errors.field", hasItem("email"));
    }

    @Test
    void only_operators_register_issuers() {
        String admin = Devstack.tokens().mint("a", Set.of("issuer-admin"), "t1", null);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(DEMO).post("/v1/issuers")
                .then().statusCode(403);
    }

    @Test
    void the_event_is_published_as_a_cloudevent_keyed_by_the_issuer() throws Exception {
        String correlation = UUID.randomUUID().toString();
        String id = given().auth().oauth2(operator()).header("X-Correlation-Id", correlation)
                .contentType(ContentType.JSON).body(DEMO).post("/v1/issuers")
                .then().statusCode(201).extract().path("id");

        ConsumerRecord<String, byte[]> record = await().atMost(Duration.ofSeconds(60))
                .until(() -> find(id), r -> r != null);
        Map<String, String> headers = new HashMap<>();
        for (Header h : record.headers()) {
            headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
        }
        assertThat(headers).containsEntry("ce_type", "org.credstack.issuance.IssuerRegistered.v1")
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_subject", id)
                .containsEntry("ce_tenant", id)
                .containsEntry("ce_actor", "ops")
                .containsEntry("ce_correlationid", correlation)
                .containsEntry("ce_sequence", "00000000000000000000");
        assertThat(headers.get("ce_causationid")).isNotBlank().isNotEqualTo(headers.get("ce_id"));
        assertThat(((IssuerRegistered) decode(record)).name()).isEqualTo("Demo University");
    }

    private static Object decode(ConsumerRecord<String, byte[]> record) throws Exception {
        return CloudEventCodec.decode(record).event();
    }

    private static ConsumerRecord<String, byte[]> find(String key) {
        return KafkaTestClient.readAll(Service.ISSUANCE.topic(), Duration.ofMillis(500)).stream()
                .filter(r -> key.equals(r.key())).findFirst().orElse(null);
    }
}
