package org.credstack.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.credstack.platform.PlatformTestSupport.registerIssuer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.platform.testing.KafkaTestClient;
import org.credstack.devstack.Devstack;
import org.credstack.events.Service;
import org.credstack.platform.issuerdirectory.IssuerDirectoryProjection;
import org.credstack.platform.projection.ProjectionMetrics;
import org.credstack.platform.relay.RelayHooks;
import org.junit.jupiter.api.Test;

/**
 * The life of an event: command → event store → relay → Kafka → projection, on the real broker and database,
 * including a broker outage and a relay that dies between Kafka's acknowledgement and storing its token.
 */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "platform"))
class DeliveryTest {

    private static final Duration BOUND = Duration.ofSeconds(60);

    @Inject
    ProjectionMetrics metrics;
    @Inject
    RelayHooks hooks;
    @Inject
    javax.sql.DataSource dataSource;

    @Test
    void a_registered_issuer_reaches_the_projection_over_kafka() {
        String id = registerIssuer("Delft Institute of Lifelong Learning");

        await().atMost(BOUND).untilAsserted(() ->
                given().get("/v1/institutions/" + id).then().statusCode(200));
        given().get("/v1/institutions/" + id).then()
                .body("name", org.hamcrest.Matchers.equalTo("Delft Institute of Lifelong Learning"));
    }

    @Test
    void events_wait_while_kafka_is_down_and_each_arrives_exactly_once() {
        String before = registerIssuer("before outage");
        await().atMost(BOUND).until(() -> rowsFor(before) == 1);

        Devstack.kafka().stopBroker();
        List<String> during = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                during.add(registerIssuer("during outage " + i));
            }
        } finally {
            Devstack.kafka().startBroker();
        }

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                assertThat(during).allMatch(id -> rowsFor(id) == 1));
        Map<String, Long> onTopic = countByKey(KafkaTestClient.readAll(Service.ISSUANCE.topic(),
                Duration.ofSeconds(2)));
        for (String id : during) {
            assertThat(onTopic.get(id)).as("records of %s on the topic", id).isGreaterThanOrEqualTo(1);
            assertThat(rowsFor(id)).as("projection rows of %s", id).isEqualTo(1);
        }
    }

    @Test
    void a_relay_that_stops_after_sending_redelivers_and_the_projection_skips_the_duplicates() {
        long skippedBefore = metrics.skippedDuplicates(IssuerDirectoryProjection.NAME);
        hooks.failAfterAcknowledgement(1);

        String id = registerIssuer("redelivered institute");

        await().atMost(BOUND).until(() -> rowsFor(id) == 1);
        await().atMost(BOUND).untilAsserted(() -> assertThat(
                countByKey(KafkaTestClient.readAll(Service.ISSUANCE.topic(), Duration.ofSeconds(1))).get(id))
                .as("the event was sent twice").isEqualTo(2L));
        await().atMost(BOUND).untilAsserted(() -> assertThat(
                metrics.skippedDuplicates(IssuerDirectoryProjection.NAME)).isGreaterThan(skippedBefore));
        assertThat(rowsFor(id)).isEqualTo(1);
    }

    private static Map<String, Long> countByKey(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
    }

    private long rowsFor(String id) {
        return Sql.count(dataSource, "SELECT count(*) FROM issuer_directory WHERE issuer_id = ?", id);
    }
}
