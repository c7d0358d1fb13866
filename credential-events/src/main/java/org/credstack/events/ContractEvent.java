package org.credstack.events;

/**
 * A fact one credstack service publishes for the others: an immutable record, named in the past tense, listed in
 * {@link EventCatalog} and described by a JSON Schema. Only types implementing this interface reach Kafka.
 */
public interface ContractEvent {

    /**
     * The aggregate the event belongs to. It is the Kafka record key and the CloudEvents {@code subject}, so that all
     * events of one aggregate land in one partition, in order.
     */
    String aggregateId();
}
