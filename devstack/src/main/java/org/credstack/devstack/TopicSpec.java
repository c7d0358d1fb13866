package org.credstack.devstack;

import java.util.Map;
import java.util.Objects;

/**
 * A topic to create explicitly (topics are never auto-created).
 *
 * @param name       topic name
 * @param partitions partition count, at least 1
 * @param configs    topic-level configuration, for example {@code retention.ms=-1}
 */
public record TopicSpec(String name, int partitions, Map<String, String> configs) {

    public TopicSpec {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("topic name must not be blank");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
        }
        configs = configs == null ? Map.of() : Map.copyOf(configs);
    }

    public TopicSpec(String name, int partitions) {
        this(name, partitions, Map.of());
    }
}
