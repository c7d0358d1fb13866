package org.credstack.recognition;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.credstack.devstack.CredstackTestResource;
import org.credstack.devstack.Devstack;
import org.credstack.events.EventMetadata;
import org.credstack.events.cloudevents.CloudEventCodec;
import org.credstack.events.issuance.IssuerRegistered;
import org.junit.jupiter.api.Test;

/** The recognition service learns about institutions from the issuance stream alone. */
@QuarkusTest
@QuarkusTestResource(value = CredstackTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "service", value = "recognition"))
class InstitutionsTest {

    @Test
    void an_issuer_registered_on_the_issuance_stream_is_listed_and_unknown_ones_answer_404() throws Exception {
        String id = UUID.randomUUID().toString();
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Devstack.kafka().bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            producer.send(CloudEventCodec.toRecord(UUID.randomUUID().toString(),
                    new IssuerRegistered(id, "did:web:localhost%3A8081:issuers:" + id, "Open Polytechnic",
                            "https://open.example", "office@open.example", "NZ", "NZQA", List.of()),
                    new EventMetadata(id, "ops", "c-1", "c-0", Instant.now()), 0)).get();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/v1/institutions/" + id)
                .then().statusCode(200).body("name", equalTo("Open Polytechnic")).body("country", equalTo("NZ")));
        given().get("/v1/institutions/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
