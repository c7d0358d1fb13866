package org.credstack.platform.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.credstack.devstack.Devstack;
import org.credstack.events.ContractEvent;
import org.credstack.events.EventCatalog;
import org.credstack.events.EventMetadata;
import org.credstack.events.Service;
import org.credstack.events.cloudevents.CloudEventCodec;
import org.credstack.events.issuance.IssuanceBrief;

/**
 * Tests of every service talk to the test JVM's real broker through this: publish a contract event as its
 * producing service would, or read a topic from the start. Shipped in the platform's test-jar.
 */
public final class KafkaTestClient {

    private KafkaTestClient() {
    }

    /**
     * Publishes {@code event} as a CloudEvent with the given aggregate sequence and waits for the ack. An issuance
     * event also goes to the issuance brief stream, as issuance's relay sends it (D42).
     */
    public static void publish(ContractEvent event, String tenant, long sequence) {
        String id = UUID.randomUUID().toString();
        EventMetadata metadata = new EventMetadata(tenant, "test", UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), Instant.now());
        ProducerRecord<String, byte[]> record = CloudEventCodec.toRecord(id, event, metadata, sequence);
        if (EventCatalog.byJavaType(event.getClass()).orElseThrow().service() == Service.ISSUANCE) {
            publish(record, CloudEventCodec.toRecord(IssuanceBrief.TOPIC, id, IssuanceBrief.of(event), metadata,
                    sequence));
        } else {
            publish(record);
        }
    }

    /** Sends any records, well-formed or not, in order, and waits for their acks. */
    @SafeVarargs
    public static void publish(ProducerRecord<String, byte[]>... records) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Devstack.kafka().bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            for (ProducerRecord<String, byte[]> record : records) {
                producer.send(record).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + records[0].topic(), e);
        }
    }

    /** Every record of {@code topic} from offset zero, until nothing new arrived for {@code quiet}. */
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
