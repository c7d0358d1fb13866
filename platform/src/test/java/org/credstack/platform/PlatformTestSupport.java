package org.credstack.platform;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.credstack.devstack.Devstack;

/** What the platform's integration tests share: tokens, registering issuers, reading a topic from the start. */
public final class PlatformTestSupport {

    private PlatformTestSupport() {
    }

    public static String operatorToken() {
        return Devstack.tokens().mint("ops-1", Set.of("operator"), "platform-test", null);
    }

    public static String registerIssuer(String name) {
        return given().auth().oauth2(operatorToken()).contentType(ContentType.JSON)
                .body(Map.of("name", name))
                .post("/test/issuers")
                .then().statusCode(201).extract().path("id");
    }

    public static List<ConsumerRecord<String, byte[]>> readAll(String topic, Duration quiet) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Devstack.kafka().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            long lastSeen = System.nanoTime();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() - lastSeen < quiet.toNanos() && System.nanoTime() < deadline) {
                var batch = consumer.poll(Duration.ofMillis(200));
                if (!batch.isEmpty()) {
                    batch.forEach(records::add);
                    lastSeen = System.nanoTime();
                }
            }
        }
        return records;
    }
}
