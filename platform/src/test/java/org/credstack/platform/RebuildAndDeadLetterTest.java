package org.credstack.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.credstack.platform.PlatformTestSupport.registerIssuer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.platform.testing.KafkaTestClient;
import org.credstack.events.EventCatalog;
import org.credstack.events.Service;
import org.credstack.events.cloudevents.CloudEventHeaders;
import org.credstack.events.issuance.CredentialRevoked;
import org.credstack.events.issuance.IssuerRegistered;
import org.credstack.platform.issuerdirectory.IssuerDirectoryProjection;
import org.credstack.platform.projection.DeadLetters;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "platform"))
class RebuildAndDeadLetterTest {

    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final String DIRECTORY = "SELECT issuer_id, did, name, url, country, accreditation, registered_at"
            + " FROM issuer_directory ORDER BY issuer_id";

    @Inject
    DataSource dataSource;

    @Test
    void a_projection_rebuilt_from_offset_zero_equals_the_live_one() {
        List<String> ids = List.of(registerIssuer("rebuild one"), registerIssuer("rebuild two"),
                registerIssuer("rebuild three"));
        await().atMost(BOUND).until(() -> ids.stream().allMatch(id -> Sql.count(dataSource,
                "SELECT count(*) FROM issuer_directory WHERE issuer_id = ?", id) == 1));
        List<List<Object>> live = Sql.rows(dataSource, DIRECTORY);
        int generationBefore = given().auth().oauth2(PlatformTestSupport.operatorToken())
                .get("/admin/projections/" + IssuerDirectoryProjection.NAME).then().statusCode(200)
                .extract().path("generation");

        given().auth().oauth2(PlatformTestSupport.operatorToken())
                .post("/admin/projections/" + IssuerDirectoryProjection.NAME + "/rebuild")
                .then().statusCode(202);

        await().atMost(BOUND).untilAsserted(() -> given().auth().oauth2(PlatformTestSupport.operatorToken())
                .get("/admin/projections/" + IssuerDirectoryProjection.NAME).then().statusCode(200)
                .body("rebuild.state", org.hamcrest.Matchers.equalTo("DONE")));
        int generationAfter = given().auth().oauth2(PlatformTestSupport.operatorToken())
                .get("/admin/projections/" + IssuerDirectoryProjection.NAME).then()
                .body("rebuild.done", org.hamcrest.Matchers.greaterThanOrEqualTo(3))
                .extract().path("generation");
        assertThat(generationAfter).isEqualTo(generationBefore + 1);
        assertThat(Sql.rows(dataSource, DIRECTORY)).isEqualTo(live);

        String afterRebuild = registerIssuer("after the rebuild");
        await().atMost(BOUND).until(() -> Sql.count(dataSource,
                "SELECT count(*) FROM issuer_directory WHERE issuer_id = ?", afterRebuild) == 1);
    }

    @Test
    void a_poison_record_is_dead_lettered_with_its_reason_and_later_records_are_still_processed() throws Exception {
        String unreadableKey = "poison-" + UUID.randomUUID();
        String unappliableId = UUID.randomUUID().toString();
        String healthyId = UUID.randomUUID().toString();
        KafkaTestClient.publish(new ProducerRecord<>(Service.ISSUANCE.topic(), unreadableKey,
                "{not json".getBytes(StandardCharsets.UTF_8)));
        // decodes, but the projection cannot store it: a country code of three letters overflows VARCHAR(2)
        KafkaTestClient.publish(issuer(unappliableId, "NLD"), "platform-test", 0);
        KafkaTestClient.publish(issuer(healthyId, "BE"), "platform-test", 0);

        await().atMost(BOUND).until(() -> Sql.count(dataSource,
                "SELECT count(*) FROM issuer_directory WHERE issuer_id = ?", healthyId) == 1);
        List<ConsumerRecord<String, byte[]>> letters = KafkaTestClient.readAll(
                Service.ISSUANCE.deadLetterTopic(), Duration.ofSeconds(2));
        Map<String, String> unreadable = headers(letters, unreadableKey);
        assertThat(unreadable.get(DeadLetters.REASON)).startsWith("undecodable");
        assertThat(unreadable.get(DeadLetters.ORIGINAL_TOPIC)).isEqualTo(Service.ISSUANCE.topic());
        Map<String, String> unappliable = headers(letters, unappliableId);
        assertThat(unappliable.get(DeadLetters.REASON)).startsWith("failed after 3 attempts").contains("too long");
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM issuer_directory WHERE issuer_id = ?",
                unappliableId)).isZero();
    }

    @Test
    void a_record_of_a_type_the_projection_does_not_apply_is_passed_over_undecoded() throws Exception {
        String passedOverKey = "credential-" + UUID.randomUUID();
        String healthyId = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> notForTheDirectory = new ProducerRecord<>(Service.ISSUANCE.topic(),
                passedOverKey, "{not json either".getBytes(StandardCharsets.UTF_8));
        notForTheDirectory.headers().add(CloudEventHeaders.TYPE, EventCatalog.byJavaType(CredentialRevoked.class)
                .orElseThrow().ceType().getBytes(StandardCharsets.UTF_8));
        KafkaTestClient.publish(notForTheDirectory);
        KafkaTestClient.publish(issuer(healthyId, "BE"), "platform-test", 0);

        await().atMost(BOUND).until(() -> Sql.count(dataSource,
                "SELECT count(*) FROM issuer_directory WHERE issuer_id = ?", healthyId) == 1);
        // the directory reads only IssuerRegistered: the garbage value of another type is neither decoded (it
        // would be dead-lettered) nor claimed
        assertThat(KafkaTestClient.readAll(Service.ISSUANCE.deadLetterTopic(), Duration.ofSeconds(2)))
                .noneMatch(letter -> passedOverKey.equals(letter.key()));
        String schema = Sql.rows(dataSource, "SELECT schema_name FROM projection_registry WHERE name = '"
                + IssuerDirectoryProjection.NAME + "'").get(0).get(0).toString();
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM " + schema
                + ".applied_position WHERE aggregate_id = ?", passedOverKey)).isZero();
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM " + schema
                + ".applied_position WHERE aggregate_id = ?", healthyId)).isEqualTo(1);
    }

    private static Map<String, String> headers(List<ConsumerRecord<String, byte[]>> letters, String key) {
        ConsumerRecord<String, byte[]> letter = letters.stream().filter(r -> key.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no dead letter for " + key));
        Map<String, String> headers = new java.util.HashMap<>();
        for (Header header : letter.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static IssuerRegistered issuer(String id, String country) {
        return new IssuerRegistered(id, "did:web:localhost:issuers:" + id, "Poison Test " + id,
                "https://example.org", "office@example.org", country, null, List.of());
    }

}
