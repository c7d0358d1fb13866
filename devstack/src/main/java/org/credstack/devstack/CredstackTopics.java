package org.credstack.devstack;

import java.util.List;
import java.util.Map;

/**
 * The platform's Kafka topics. Event topics keep events forever ({@code retention.ms=-1}): they are the immutable
 * stream every consumer can replay. Each service has one dead-letter topic.
 *
 * <p>The partition count of the event topics is {@value #DEFAULT_PARTITIONS} unless the system property
 * {@value #PARTITIONS_PROPERTY} (or the environment variable {@code CREDSTACK_TOPIC_PARTITIONS}) says otherwise, or
 * {@link #all(int)} is called with an explicit count.
 */
public final class CredstackTopics {

    public static final String ISSUANCE = "credstack.issuance.v1";
    /** Issuance's brief stream: its events with each CredentialIssued without the signed document (D42). */
    public static final String ISSUANCE_BRIEF = "credstack.issuance.brief.v1";
    public static final String WALLET = "credstack.wallet.v1";
    public static final String RECOGNITION = "credstack.recognition.v1";
    public static final String ISSUANCE_DLT = "credstack.issuance.dlt";
    public static final String WALLET_DLT = "credstack.wallet.dlt";
    public static final String RECOGNITION_DLT = "credstack.recognition.dlt";

    public static final int DEFAULT_PARTITIONS = 6;
    public static final String PARTITIONS_PROPERTY = "credstack.topics.partitions";

    /** Topic configuration of the event topics: keep forever, delete policy (never compacted). */
    public static final Map<String, String> EVENT_TOPIC_CONFIG = Map.of(
            "retention.ms", "-1",
            "cleanup.policy", "delete");
    /** Topic configuration of the dead-letter topics. */
    public static final Map<String, String> DLT_CONFIG = Map.of(
            "retention.ms", "-1",
            "cleanup.policy", "delete");

    private CredstackTopics() {
    }

    /** All topics, with the configured partition count for the event topics. */
    public static List<TopicSpec> all() {
        return all(configuredPartitions());
    }

    /** All topics, the event topics with {@code partitions} partitions, the dead-letter topics with one. */
    public static List<TopicSpec> all(int partitions) {
        return List.of(
                new TopicSpec(ISSUANCE, partitions, EVENT_TOPIC_CONFIG),
                new TopicSpec(ISSUANCE_BRIEF, partitions, EVENT_TOPIC_CONFIG),
                new TopicSpec(WALLET, partitions, EVENT_TOPIC_CONFIG),
                new TopicSpec(RECOGNITION, partitions, EVENT_TOPIC_CONFIG),
                new TopicSpec(ISSUANCE_DLT, 1, DLT_CONFIG),
                new TopicSpec(WALLET_DLT, 1, DLT_CONFIG),
                new TopicSpec(RECOGNITION_DLT, 1, DLT_CONFIG));
    }

    /** The partition count from {@value #PARTITIONS_PROPERTY} / {@code CREDSTACK_TOPIC_PARTITIONS}, default 6. */
    public static int configuredPartitions() {
        String value = System.getProperty(PARTITIONS_PROPERTY, System.getenv("CREDSTACK_TOPIC_PARTITIONS"));
        if (value == null || value.isBlank()) {
            return DEFAULT_PARTITIONS;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 1) {
                throw new IllegalArgumentException(PARTITIONS_PROPERTY + " must be at least 1: " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PARTITIONS_PROPERTY + " is not a number: " + value, e);
        }
    }
}
