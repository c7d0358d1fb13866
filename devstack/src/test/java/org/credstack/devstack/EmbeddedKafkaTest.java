package org.credstack.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaTest {

    @TempDir
    static Path dir;
    static EmbeddedKafka kafka;

    @BeforeAll
    static void start() {
        kafka = new EmbeddedKafka(0, dir.resolve("kafka"), true).start();
        kafka.createTopics(CredstackTopics.all());
    }

    @AfterAll
    static void stop() {
        if (kafka != null) {
            kafka.stop();
        }
    }

    @Test
    void clientIsTheBomVersion() {
        assertEquals("4.1.2", AppInfoParser.getVersion());
        assertTrue(kafka.bootstrapServers().startsWith("127.0.0.1:"));
    }

    @Test
    void topicsHaveTheirPartitionsAndKeepEventsForever() throws Exception {
        try (Admin admin = kafka.admin()) {
            Set<String> names = Set.of(CredstackTopics.ISSUANCE, CredstackTopics.ISSUANCE_BRIEF, CredstackTopics.WALLET,
                    CredstackTopics.RECOGNITION,
                    CredstackTopics.ISSUANCE_DLT, CredstackTopics.WALLET_DLT, CredstackTopics.RECOGNITION_DLT);
            Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS);
            assertEquals(6, topics.get(CredstackTopics.ISSUANCE).partitions().size());
            assertEquals(6, topics.get(CredstackTopics.ISSUANCE_BRIEF).partitions().size());
            assertEquals(6, topics.get(CredstackTopics.WALLET).partitions().size());
            assertEquals(6, topics.get(CredstackTopics.RECOGNITION).partitions().size());
            assertEquals(1, topics.get(CredstackTopics.ISSUANCE_DLT).partitions().size());
            assertEquals(1, topics.get(CredstackTopics.RECOGNITION_DLT).partitions().size());

            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, CredstackTopics.ISSUANCE);
            Config config = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
            assertEquals("-1", config.get("retention.ms").value());
            assertEquals("delete", config.get("cleanup.policy").value());
            ConfigResource dlt = new ConfigResource(ConfigResource.Type.TOPIC, CredstackTopics.WALLET_DLT);
            assertEquals("-1", admin.describeConfigs(List.of(dlt)).all().get(10, TimeUnit.SECONDS).get(dlt)
                    .get("retention.ms").value());
        }
        // idempotent
        kafka.createTopics(CredstackTopics.all());
        kafka.createTopics(List.of(new TopicSpec("extra.topic", 3)));
        try (Admin admin = kafka.admin()) {
            assertEquals(3, admin.describeTopics(List.of("extra.topic")).allTopicNames().get(10, TimeUnit.SECONDS)
                    .get("extra.topic").partitions().size());
        }
    }

    @Test
    void producesAndConsumes() throws Exception {
        kafka.createTopics(List.of(new TopicSpec("roundtrip", 2)));
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>("roundtrip", "key-1", "hello")).get(10, TimeUnit.SECONDS);
        }
        List<ConsumerRecord<String, String>> records = consumeAll("roundtrip", 1);
        assertEquals(1, records.size());
        assertEquals("key-1", records.get(0).key());
        assertEquals("hello", records.get(0).value());
    }

    @Test
    void topicsAreNeverAutoCreated() throws Exception {
        Map<String, Object> config = producerConfig();
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 1500);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> producer.send(new ProducerRecord<>("no.such.topic", "k", "v")).get(10, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException, e.toString());
        }
        try (Admin admin = kafka.admin()) {
            assertFalse(admin.listTopics().names().get(10, TimeUnit.SECONDS).contains("no.such.topic"));
        }
    }

    @Test
    void brokerRestartsOnTheSamePortWithItsData() throws Exception {
        kafka.createTopics(List.of(new TopicSpec("survives", 1, Map.of("retention.ms", "-1"))));
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>("survives", "a", "before")).get(10, TimeUnit.SECONDS);
        }
        int port = kafka.port();
        kafka.stopBroker();
        assertFalse(kafka.isBrokerRunning());
        assertTrue(DevstackSupport.isPortFree(port), "port released while the broker is down");
        kafka.startBroker();
        assertTrue(kafka.isBrokerRunning());
        assertEquals(port, kafka.port());
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>("survives", "b", "after")).get(10, TimeUnit.SECONDS);
        }
        List<ConsumerRecord<String, String>> records = consumeAll("survives", 2);
        assertEquals(List.of("before", "after"), records.stream().map(ConsumerRecord::value).toList());
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(producerConfig());
    }

    private static Map<String, Object> producerConfig() {
        Map<String, Object> config = new java.util.HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return config;
    }

    private static List<ConsumerRecord<String, String>> consumeAll(String topic, int expected) {
        Map<String, Object> config = new java.util.HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + topic + "-" + System.nanoTime());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
