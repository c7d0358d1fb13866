package org.credstack.platform.projection;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.credstack.events.Service;
import org.credstack.platform.kafka.KafkaClients;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends a record that could not be applied to the service's dead-letter topic, unchanged, with headers naming
 * the reason, the consumer and where it came from, so that an operator can inspect and replay it.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String REASON = "dlt-reason";
    public static final String EXCEPTION = "dlt-exception";
    public static final String CONSUMER = "dlt-consumer";
    public static final String ORIGINAL_TOPIC = "dlt-original-topic";
    public static final String ORIGINAL_PARTITION = "dlt-original-partition";
    public static final String ORIGINAL_OFFSET = "dlt-original-offset";
    public static final String FAILED_AT = "dlt-failed-at";

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @Inject
    KafkaClients kafka;
    @Inject
    MeterRegistry meters;
    @ConfigProperty(name = "credstack.service")
    String service;

    private KafkaProducer<String, byte[]> producer;

    public String topic() {
        return Service.valueOf(service.toUpperCase(java.util.Locale.ROOT)).deadLetterTopic();
    }

    public synchronized void send(String consumer, ConsumerRecord<String, byte[]> record, String reason,
                                  Throwable cause) {
        if (producer == null) {
            producer = kafka.producer(service + "-dead-letters", Map.of());
        }
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(topic(), null, record.key(), record.value());
        for (Header header : record.headers()) {
            letter.headers().add(header);
        }
        put(letter, REASON, reason);
        put(letter, EXCEPTION, cause == null ? "" : cause.getClass().getName());
        put(letter, CONSUMER, consumer);
        put(letter, ORIGINAL_TOPIC, record.topic());
        put(letter, ORIGINAL_PARTITION, Integer.toString(record.partition()));
        put(letter, ORIGINAL_OFFSET, Long.toString(record.offset()));
        put(letter, FAILED_AT, Instant.now().toString());
        try {
            producer.send(letter).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not dead-letter " + record.topic() + "/" + record.partition()
                    + "@" + record.offset(), e);
        }
        meters.counter("credstack.projection.dead_lettered", "consumer", consumer).increment();
        LOG.warnf("Dead-lettered %s/%d@%d for %s: %s", record.topic(), record.partition(), record.offset(),
                consumer, reason);
    }

    private static void put(ProducerRecord<String, byte[]> record, String key, String value) {
        record.headers().remove(key);
        record.headers().add(key, value.getBytes(StandardCharsets.UTF_8));
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
