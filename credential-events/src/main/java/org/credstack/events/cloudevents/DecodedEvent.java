package org.credstack.events.cloudevents;

import org.credstack.events.ContractEvent;
import org.credstack.events.EventMetadata;
import org.credstack.events.EventType;

/**
 * A contract event read from Kafka with its envelope. Consumers deduplicate on {@code id}, or on
 * ({@code aggregateId}, {@code sequence}), since delivery is at least once.
 *
 * @param id          the CloudEvents {@code id}: the event's identifier in the producer's event store
 * @param aggregateId the CloudEvents {@code subject}, equal to {@code event.aggregateId()}
 * @param sequence    the event's sequence number within its aggregate
 */
public record DecodedEvent(String id, EventType type, ContractEvent event, EventMetadata metadata, String aggregateId,
        long sequence) {
}
