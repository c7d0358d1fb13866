package org.credstack.platform.projection;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.NotFound;
import org.credstack.platform.kafka.KafkaClients;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Runs every {@link Projection} bean of the service: a live consumer each, and rebuilds on request. */
@ApplicationScoped
public class Projections {

    @Inject
    Instance<Projection> projections;
    @Inject
    ProjectionStore store;
    @Inject
    DeadLetters deadLetters;
    @Inject
    ProjectionMetrics metrics;
    @Inject
    KafkaClients kafka;
    @Inject
    DataSource dataSource;
    @ConfigProperty(name = "credstack.service")
    String service;
    @ConfigProperty(name = "credstack.projections.enabled", defaultValue = "true")
    boolean enabled;
    /** Attempts per record before it is dead-lettered. */
    @ConfigProperty(name = "credstack.projections.max-attempts", defaultValue = "3")
    int maxAttempts;
    @ConfigProperty(name = "credstack.projections.retry-backoff", defaultValue = "PT0.2S")
    Duration retryBackoff;
    /** How long the broker may hold a fetch for more data: low for latency, higher for throughput. */
    @ConfigProperty(name = "credstack.projections.fetch-max-wait-ms", defaultValue = "20")
    int fetchMaxWaitMs;
    @ConfigProperty(name = "credstack.projections.max-poll-records", defaultValue = "1000")
    int maxPollRecords;

    private final Map<String, LiveConsumer> live = new ConcurrentHashMap<>();
    private final Map<String, ProjectionRebuild> rebuilds = new ConcurrentHashMap<>();

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        for (Projection projection : projections) {
            store.serving(projection);
            store.upgrade(projection);
            startLive(projection);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        rebuilds.values().forEach(ProjectionRebuild::cancel);
        live.values().forEach(LiveConsumer::stop);
    }

    public List<Projection> all() {
        return projections.stream().toList();
    }

    public Projection byName(String name) {
        return projections.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFound("Projection", name));
    }

    public String consumerGroup(Projection projection) {
        return service + "." + projection.name();
    }

    public ProjectionStore.Serving serving(Projection projection) {
        return store.serving(projection);
    }

    public Optional<ProjectionRebuild> rebuild(String name) {
        return Optional.ofNullable(rebuilds.get(name));
    }

    /** Starts rebuilding {@code name} from offset zero into a fresh generation; one rebuild at a time per name. */
    public synchronized ProjectionRebuild startRebuild(String name) {
        Projection projection = byName(name);
        ProjectionRebuild running = rebuilds.get(name);
        if (running != null && !running.progress().finished()) {
            throw new DomainRuleViolation("one-rebuild-at-a-time",
                    "Projection " + name + " is already being rebuilt");
        }
        ProjectionRebuild rebuild = new ProjectionRebuild(projection, this, store, kafka,
                applier(projection, "rebuild"), topics(projection), consumerGroup(projection));
        rebuilds.put(name, rebuild);
        Thread thread = new Thread(rebuild, "rebuild-" + name);
        thread.setDaemon(true);
        thread.start();
        return rebuild;
    }

    ProjectionApplier applier(Projection projection, String role) {
        return new ProjectionApplier(projection, dataSource, deadLetters, consumerGroup(projection) + "/" + role,
                maxAttempts, retryBackoff);
    }

    Map<String, Object> consumerOverrides() {
        return Map.of(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, fetchMaxWaitMs,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
    }

    /** A rebuild reads from offset zero: bigger polls and fetches than the live consumer's. */
    Map<String, Object> rebuildConsumerOverrides() {
        return Map.of(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, fetchMaxWaitMs,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Math.max(maxPollRecords, REBUILD_POLL_RECORDS),
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, REBUILD_PARTITION_FETCH_BYTES);
    }

    private static final int REBUILD_POLL_RECORDS = 5_000;
    private static final int REBUILD_PARTITION_FETCH_BYTES = 8 << 20;

    static List<String> topics(Projection projection) {
        return projection.topics();
    }

    public ProjectionMetrics metrics() {
        return metrics;
    }

    private void startLive(Projection projection) {
        String group = consumerGroup(projection);
        LiveConsumer consumer = new LiveConsumer(projection,
                () -> kafka.consumer(group, group + "-live", consumerOverrides()),
                topics(projection), store, applier(projection, "live"), metrics);
        live.put(projection.name(), consumer);
        Thread thread = new Thread(consumer, "projection-" + projection.name());
        thread.setDaemon(true);
        thread.start();
    }
}
