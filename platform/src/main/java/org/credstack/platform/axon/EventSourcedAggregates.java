package org.credstack.platform.axon;

import jakarta.enterprise.context.ApplicationScoped;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configurer;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Registers event-sourced aggregates with the snapshot policy an operator configured. */
@ApplicationScoped
public class EventSourcedAggregates {

    /** Take a snapshot every N events of one aggregate; 0 turns snapshotting off. */
    @ConfigProperty(name = "credstack.axon.snapshot-threshold", defaultValue = "0")
    int snapshotThreshold;

    public <A> void register(Configurer configurer, Class<A> aggregateType) {
        AggregateConfigurer<A> aggregate = AggregateConfigurer.defaultConfiguration(aggregateType);
        if (snapshotThreshold > 0) {
            aggregate.configureSnapshotTrigger(
                    c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(), snapshotThreshold));
        }
        configurer.configureAggregate(aggregate);
    }
}
