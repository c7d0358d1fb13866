package org.credstack.platform.axon;

import jakarta.enterprise.context.ApplicationScoped;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configurer;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registers event-sourced aggregates with the snapshot policy an operator configured, and the service's own
 * read-your-writes views.
 */
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

    /**
     * Registers {@code view} as the only handler of a subscribing processor named {@code processor}: it runs in the
     * command's unit of work and transaction, so a read right after the command sees its effect.
     */
    public void registerView(Configurer configurer, String processor, Object view) {
        configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(processor)
                .registerEventHandler(c -> view)
                .assignHandlerInstancesMatching(processor, handler -> handler == view));
    }

    /** An aggregate and its read-your-writes view, the usual shape of a feature. */
    public <A> void registerWithView(Configurer configurer, Class<A> aggregateType, String processor, Object view) {
        register(configurer, aggregateType);
        registerView(configurer, processor, view);
    }
}
