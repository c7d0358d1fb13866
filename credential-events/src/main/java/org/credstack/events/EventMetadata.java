package org.credstack.events;

import java.time.Instant;
import java.util.Objects;

/**
 * What every event carries beside its payload and what cannot be added to history later. On Kafka these are the
 * CloudEvents extensions {@code tenant}, {@code actor}, {@code correlationid}, {@code causationid} and the
 * {@code time} attribute. All five are required.
 *
 * @param tenant        the issuer (institution) whose data the event is about; {@code platform} for platform-wide facts
 * @param actor         who caused it: a user's subject, a service account, or {@code system:<job>} for scheduled work
 * @param correlationId the id shared by every message of one business transaction
 * @param causationId   the id of the message (command or event) that directly caused this event
 * @param occurredAt    when the fact happened in the producing service
 */
public record EventMetadata(String tenant, String actor, String correlationId, String causationId, Instant occurredAt) {

    public EventMetadata {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(causationId, "causationId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
