package org.credstack.platform.projection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * Keeps one projection up to date: polls its topics in the consumer group {@code <service>.<projection>}, applies
 * each poll's records, then commits the offsets. While the projection's registry says it is switching generations
 * (a rebuild is finishing), it leaves the group and waits, so that the rebuild can hand over the offsets.
 */
final class LiveConsumer implements Runnable {

    private static final Logger LOG = Logger.getLogger(LiveConsumer.class);

    private final Projection projection;
    private final Supplier<KafkaConsumer<String, byte[]>> consumers;
    private final List<String> topics;
    private final ProjectionStore store;
    private final ProjectionApplier applier;
    private final ProjectionMetrics metrics;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean paused;

    LiveConsumer(Projection projection, Supplier<KafkaConsumer<String, byte[]>> consumers, List<String> topics,
                 ProjectionStore store, ProjectionApplier applier, ProjectionMetrics metrics) {
        this.projection = projection;
        this.consumers = consumers;
        this.topics = topics;
        this.store = store;
        this.applier = applier;
        this.metrics = metrics;
    }

    @Override
    public void run() {
        while (running) {
            try {
                ProjectionStore.Serving serving = store.serving(projection);
                if (serving.switching()) {
                    leaveGroup();
                    Thread.sleep(200);
                    continue;
                }
                paused = false;
                if (consumer == null) {
                    consumer = consumers.get();
                    consumer.subscribe(topics);
                }
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(250));
                if (records.isEmpty()) {
                    continue;
                }
                process(records, serving.schema());
            } catch (WakeupException e) {
                // stop() woke us
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } catch (RuntimeException e) {
                LOG.warnf("Projection %s paused after an error, will resume: %s", projection.name(), e.toString());
                leaveGroup();
                sleepQuietly(1000);
            }
        }
        leaveGroup();
    }

    private void process(ConsumerRecords<String, byte[]> records, String schema) {
        List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(records.count());
        Map<TopicPartition, Long> first = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            batch.add(record);
            first.putIfAbsent(new TopicPartition(record.topic(), record.partition()), record.offset());
        }
        try {
            ProjectionApplier.Outcome outcome = applier.apply(batch, schema);
            metrics.record(projection.name(), outcome);
            consumer.commitSync();
        } catch (ProjectionApplier.DatabaseUnavailableException e) {
            // nothing of this batch is lost: read it again once the database is back
            first.forEach(consumer::seek);
            throw e;
        }
    }

    private void leaveGroup() {
        KafkaConsumer<String, byte[]> current = consumer;
        consumer = null;
        paused = true;
        if (current != null) {
            try {
                current.close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                LOG.debugf("closing consumer of %s: %s", projection.name(), e);
            }
        }
    }

    boolean isPaused() {
        return paused;
    }

    void stop() {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
