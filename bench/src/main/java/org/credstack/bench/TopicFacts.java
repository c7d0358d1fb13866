package org.credstack.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;

/**
 * What Kafka says about the event topics, through an admin client: records on them (end − beginning offsets), their
 * size in the brokers' log directories, and a consumer group's lag (end offsets − committed offsets; a partition the
 * group never committed counts from its beginning). The progress benchmarks use it to report the data volume and to
 * wait until the live projections have consumed everything before a rebuild is measured.
 */
final class TopicFacts implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 30;

    private final Admin admin;

    TopicFacts(String bootstrap) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "20000");
        this.admin = Admin.create(props);
    }

    List<TopicPartition> partitions(List<String> topics) throws Exception {
        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<TopicPartition> out = new ArrayList<>();
        for (String topic : topics) {
            described.get(topic).partitions().forEach(p -> out.add(new TopicPartition(topic, p.partition())));
        }
        return out;
    }

    /** Records on the topics now: the sum of end − beginning offsets. */
    long records(List<String> topics) throws Exception {
        List<TopicPartition> partitions = partitions(topics);
        Map<TopicPartition, Long> begin = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> end = offsets(partitions, OffsetSpec.latest());
        return partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
    }

    /** Bytes the topics take in the brokers' log directories (every replica). */
    long bytes(List<String> topics) throws Exception {
        List<Integer> brokers = admin.describeCluster().nodes().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).stream()
                .map(Node::id).toList();
        long total = 0;
        for (Map<String, LogDirDescription> dirs : admin.describeLogDirs(brokers).allDescriptions()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).values()) {
            for (LogDirDescription dir : dirs.values()) {
                for (Map.Entry<TopicPartition, ReplicaInfo> r : dir.replicaInfos().entrySet()) {
                    if (topics.contains(r.getKey().topic())) {
                        total += r.getValue().size();
                    }
                }
            }
        }
        return total;
    }

    /** The group's lag on the topics: records it has not committed yet. */
    long lag(String group, List<String> topics) throws Exception {
        List<TopicPartition> partitions = partitions(topics);
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, Long> begin = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> end = offsets(partitions, OffsetSpec.latest());
        long lag = 0;
        for (TopicPartition p : partitions) {
            OffsetAndMetadata c = committed.get(p);
            lag += Math.max(0, end.get(p) - (c == null ? begin.get(p) : c.offset()));
        }
        return lag;
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(p -> request.put(p, spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> info = admin.listOffsets(request).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, Long> out = new HashMap<>();
        info.forEach((p, i) -> out.put(p, i.offset()));
        return out;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
