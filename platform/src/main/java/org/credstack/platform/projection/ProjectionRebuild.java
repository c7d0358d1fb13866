package org.credstack.platform.projection;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.credstack.events.cloudevents.UndecodableEventException;
import org.credstack.platform.kafka.KafkaClients;
import org.jboss.logging.Logger;

/**
 * Rebuilds a projection from offset zero into a fresh generation while the serving one keeps answering reads:
 * replay everything up to the end offsets seen at the start; then mark the projection switching (every live
 * consumer leaves the group), replay what arrived meanwhile, point the views at the new generation, hand the
 * group the rebuild's offsets, and let the live consumers resume there.
 */
public final class ProjectionRebuild implements Runnable {

    private static final Logger LOG = Logger.getLogger(ProjectionRebuild.class);

    private final Projection projection;
    private final Projections projections;
    private final ProjectionStore store;
    private final KafkaClients kafka;
    private final ProjectionApplier applier;
    private final List<String> topics;
    private final String group;
    private final Instant startedAt = Instant.now();
    private volatile String state = RebuildProgress.REPLAYING;
    private volatile int generation;
    private volatile long done;
    private volatile long total;
    private volatile Instant finishedAt;
    private volatile String error;
    private volatile boolean cancelled;

    ProjectionRebuild(Projection projection, Projections projections, ProjectionStore store, KafkaClients kafka,
                      ProjectionApplier applier, List<String> topics, String group) {
        this.projection = projection;
        this.projections = projections;
        this.store = store;
        this.kafka = kafka;
        this.applier = applier;
        this.topics = topics;
        this.group = group;
        this.generation = store.serving(projection).generation() + 1;
    }

    @Override
    public void run() {
        boolean switching = false;
        try (KafkaConsumer<String, byte[]> consumer = kafka.consumer(null, group + "-rebuild",
                projections.rebuildConsumerOverrides()); Admin admin = kafka.admin()) {
            String schema = store.createGeneration(projection, generation, true);
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            total = partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
            LOG.infof("Rebuilding %s into %s: %d records", projection.name(), schema, total);
            load(consumer, end, schema);
            store.createIndexes(projection, schema);

            state = RebuildProgress.SWITCHING;
            switching = true;
            store.setSwitching(projection, true);
            awaitGroupEmpty(admin);
            Map<TopicPartition, Long> latest = consumer.endOffsets(partitions);
            total += latest.entrySet().stream().mapToLong(e -> e.getValue() - end.get(e.getKey())).sum();
            replayUntil(consumer, latest, schema);
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            for (TopicPartition partition : partitions) {
                offsets.put(partition, new OffsetAndMetadata(consumer.position(partition)));
            }
            admin.alterConsumerGroupOffsets(group, offsets).all().get();
            store.switchTo(projection, generation);
            switching = false;
            finish(RebuildProgress.DONE);
            LOG.infof("Rebuilt %s: %d records, now serving generation %d", projection.name(), done, generation);
        } catch (Exception e) {
            error = e.toString();
            finish(RebuildProgress.FAILED);
            LOG.errorf(e, "Rebuild of %s failed; the serving generation is unchanged", projection.name());
            if (switching) {
                store.setSwitching(projection, false);
            }
        }
    }

    /** The end time before the state: a reader who sees the rebuild ended also sees when (not "NaN s"). */
    private void finish(String end) {
        finishedAt = Instant.now();
        state = end;
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer) {
        return topics.stream()
                .flatMap(topic -> consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream())
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
    }

    private void replayUntil(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end, String schema) {
        while (!cancelled && !reached(consumer, end)) {
            ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
            if (records.isEmpty()) {
                continue;
            }
            List<ConsumerRecord<String, byte[]>> batch = new java.util.ArrayList<>(records.count());
            records.forEach(batch::add);
            applier.apply(batch, schema);
            done += batch.size();
        }
        if (cancelled) {
            throw new IllegalStateException("rebuild cancelled");
        }
    }

    /**
     * The first replay, into the generation nothing else writes yet: through the projection's {@link RebuildLoader}
     * when it has one (positions kept in memory and copied at the end), else like live delivery.
     */
    private void load(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end, String schema)
            throws SQLException {
        try (Connection connection = applier.dataSource().getConnection()) {
            RebuildLoader loader = projection.rebuildLoader(new ProjectionContext(connection, schema));
            if (loader == null) {
                replayUntil(consumer, end, schema);
                return;
            }
            RebuildPositions positions = new RebuildPositions();
            try (loader) {
                while (!cancelled && !reached(consumer, end)) {
                    ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
                    for (ConsumerRecord<String, byte[]> record : records) {
                        load(loader, positions, record);
                    }
                    loader.flush();
                    done += records.count();
                }
                if (cancelled) {
                    throw new IllegalStateException("rebuild cancelled");
                }
                loader.finish();
            }
            positions.copyInto(connection, schema);
            LOG.infof("Loaded %s: %d records, %d aggregates", projection.name(), done, positions.size());
        }
    }

    private void load(RebuildLoader loader, RebuildPositions positions, ConsumerRecord<String, byte[]> record)
            throws SQLException {
        if (!applier.wanted(record)) {
            return;
        }
        try {
            if (positions.advance(record)) {
                loader.load(record);
            }
        } catch (UndecodableEventException e) {
            applier.deadLetter(record, "undecodable: " + e.getMessage(), e);
        }
    }

    private static boolean reached(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private void awaitGroupEmpty(Admin admin) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            ConsumerGroupDescription description =
                    admin.describeConsumerGroups(Set.of(group)).all().get().get(group);
            if (description.members().isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("live consumers of " + group + " did not leave the group within 60 s");
    }

    void cancel() {
        cancelled = true;
    }

    public RebuildProgress progress() {
        Instant end = finishedAt == null ? Instant.now() : finishedAt;
        double seconds = Math.max(0.001, Duration.between(startedAt, end).toMillis() / 1000.0);
        double rate = done / seconds;
        Long eta = rate <= 0 ? null : Math.max(0, Math.round((total - done) / rate));
        return new RebuildProgress(projection.name(), state, generation, done, total, rate,
                finishedAt != null ? Long.valueOf(0) : eta, startedAt, finishedAt, error);
    }
}
