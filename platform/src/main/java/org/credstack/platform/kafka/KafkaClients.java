package org.credstack.platform.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Creates Kafka clients from the service's {@code kafka.*} configuration, so that bootstrap servers, TLS
 * ({@code kafka.security.protocol=SSL}, {@code kafka.ssl.*}) and SASL ({@code kafka.sasl.*}) apply to every client
 * of the service alike.
 */
@ApplicationScoped
public class KafkaClients {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    public Map<String, Object> common() {
        Map<String, Object> config = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            // Quarkus adds keys of its own (e.g. devservices, health) to the map; Kafka warns on unknown keys only
            config.put(key, value);
        });
        return config;
    }

    /** An idempotent producer that waits for all in-sync replicas. */
    public KafkaProducer<String, byte[]> producer(String clientId, Map<String, Object> overrides) {
        Map<String, Object> config = common();
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        config.putAll(overrides);
        return new KafkaProducer<>(config);
    }

    /** A consumer that commits offsets only when told to (after the projection's transaction). */
    public KafkaConsumer<String, byte[]> consumer(String groupId, String clientId, Map<String, Object> overrides) {
        Map<String, Object> config = common();
        if (groupId != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.putAll(overrides);
        return new KafkaConsumer<>(config);
    }

    public Admin admin() {
        Map<String, Object> config = common();
        config.put("request.timeout.ms", 5000);
        config.put("default.api.timeout.ms", 5000);
        return Admin.create(config);
    }
}
