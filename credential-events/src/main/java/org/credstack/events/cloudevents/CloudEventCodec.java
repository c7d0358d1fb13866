package org.credstack.events.cloudevents;

import static org.credstack.events.cloudevents.CloudEventHeaders.ACTOR;
import static org.credstack.events.cloudevents.CloudEventHeaders.CAUSATION_ID;
import static org.credstack.events.cloudevents.CloudEventHeaders.CONTENT_TYPE;
import static org.credstack.events.cloudevents.CloudEventHeaders.CORRELATION_ID;
import static org.credstack.events.cloudevents.CloudEventHeaders.ID;
import static org.credstack.events.cloudevents.CloudEventHeaders.JSON;
import static org.credstack.events.cloudevents.CloudEventHeaders.SEQUENCE;
import static org.credstack.events.cloudevents.CloudEventHeaders.SEQUENCE_DIGITS;
import static org.credstack.events.cloudevents.CloudEventHeaders.SOURCE;
import static org.credstack.events.cloudevents.CloudEventHeaders.SPECVERSION;
import static org.credstack.events.cloudevents.CloudEventHeaders.SPECVERSION_VALUE;
import static org.credstack.events.cloudevents.CloudEventHeaders.SUBJECT;
import static org.credstack.events.cloudevents.CloudEventHeaders.TENANT;
import static org.credstack.events.cloudevents.CloudEventHeaders.TIME;
import static org.credstack.events.cloudevents.CloudEventHeaders.TYPE;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.credstack.events.ContractEvent;
import org.credstack.events.EventCatalog;
import org.credstack.events.EventJson;
import org.credstack.events.EventMetadata;
import org.credstack.events.EventType;

/**
 * Contract events as CloudEvents 1.0 Kafka records in binary content mode: the attributes and extensions are
 * {@link CloudEventHeaders headers}, the value is the event's JSON ({@link EventJson}) in UTF-8, the key is the
 * aggregate id, the topic is the publishing service's.
 */
public final class CloudEventCodec {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1," + SEQUENCE_DIGITS + "}");

    private CloudEventCodec() {
    }

    /**
     * The Kafka record for one event.
     *
     * @param eventId  the event's identifier in the producing service's event store, the CloudEvents {@code id}
     * @param sequence the event's sequence number within its aggregate, from 0
     * @throws IllegalArgumentException if the event is not in the {@link EventCatalog}, or an argument is missing
     */
    public static ProducerRecord<String, byte[]> toRecord(String eventId, ContractEvent event, EventMetadata metadata,
            long sequence) {
        return toRecord(null, eventId, event, metadata, sequence);
    }

    /**
     * The same on another stream of the publishing service: {@code topic}, or the service's own topic when
     * {@code null} (the issuance brief stream, {@link org.credstack.events.issuance.IssuanceBrief}).
     */
    public static ProducerRecord<String, byte[]> toRecord(String topic, String eventId, ContractEvent event,
            EventMetadata metadata, long sequence) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(metadata, "metadata");
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("event id must not be blank");
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative: " + sequence);
        }
        EventType type = EventCatalog.byJavaType(event.getClass()).orElseThrow(() -> new IllegalArgumentException(
                "not a contract event, so it must not reach Kafka: " + event.getClass().getName()));
        String aggregateId = Objects.requireNonNull(event.aggregateId(), "aggregateId");

        Headers headers = new RecordHeaders();
        put(headers, SPECVERSION, SPECVERSION_VALUE);
        put(headers, ID, eventId);
        put(headers, SOURCE, type.service().source());
        put(headers, TYPE, type.ceType());
        put(headers, SUBJECT, aggregateId);
        put(headers, TIME, DateTimeFormatter.ISO_INSTANT.format(metadata.occurredAt()));
        put(headers, CONTENT_TYPE, JSON);
        put(headers, TENANT, metadata.tenant());
        put(headers, ACTOR, metadata.actor());
        put(headers, CORRELATION_ID, metadata.correlationId());
        put(headers, CAUSATION_ID, metadata.causationId());
        put(headers, SEQUENCE, formatSequence(sequence));
        return new ProducerRecord<>(topic == null ? type.service().topic() : topic, null, null, aggregateId,
                serialize(event), headers);
    }

    /**
     * The contract type a record's {@code ce_type} header names, without decoding its value; empty when the header is
     * missing or names no type of the catalogue (decoding such a record fails with the reason).
     */
    public static java.util.Optional<EventType> typeOf(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(TYPE);
        return header == null ? java.util.Optional.empty()
                : EventCatalog.byCeType(new String(header.value(), java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Reads a record written by {@link #toRecord}.
     *
     * @throws UndecodableEventException if a required header is missing or malformed, the type is unknown, or the
     *                                   value is not valid JSON for the type; the message names the problem
     */
    public static DecodedEvent decode(ConsumerRecord<String, byte[]> record) throws UndecodableEventException {
        Objects.requireNonNull(record, "record");
        String at = record.topic() + "-" + record.partition() + "@" + record.offset();
        Headers headers = record.headers();

        String specVersion = required(headers, SPECVERSION, at);
        if (!SPECVERSION_VALUE.equals(specVersion)) {
            throw new UndecodableEventException(at + ": unsupported " + SPECVERSION + " '" + specVersion + "'");
        }
        String ceType = required(headers, TYPE, at);
        EventType type = EventCatalog.byCeType(ceType).orElseThrow(() -> new UndecodableEventException(
                at + ": unknown " + TYPE + " '" + ceType + "' (not in the event catalogue)"));
        String source = required(headers, SOURCE, at);
        if (!type.service().source().equals(source)) {
            throw new UndecodableEventException(at + ": " + SOURCE + " '" + source + "' does not publish " + ceType
                    + " (expected '" + type.service().source() + "')");
        }
        String contentType = optional(headers, CONTENT_TYPE);
        if (contentType != null && !isJson(contentType)) {
            throw new UndecodableEventException(at + ": unsupported " + CONTENT_TYPE + " '" + contentType + "'");
        }
        String id = required(headers, ID, at);
        String subject = required(headers, SUBJECT, at);
        Instant time = parseTime(required(headers, TIME, at), at);
        long sequence = parseSequence(required(headers, SEQUENCE, at), at);
        EventMetadata metadata = new EventMetadata(required(headers, TENANT, at), required(headers, ACTOR, at),
                required(headers, CORRELATION_ID, at), required(headers, CAUSATION_ID, at), time);

        ContractEvent event = deserialize(record.value(), type, at);
        if (!subject.equals(event.aggregateId())) {
            throw new UndecodableEventException(at + ": " + SUBJECT + " '" + subject
                    + "' differs from the payload's aggregate id '" + event.aggregateId() + "'");
        }
        return new DecodedEvent(id, type, event, metadata, subject, sequence);
    }

    /** The {@code sequence} extension's text: the number zero-padded to 20 digits, so that it sorts as text. */
    public static String formatSequence(long sequence) {
        return String.format(Locale.ROOT, "%0" + SEQUENCE_DIGITS + "d", sequence);
    }

    private static byte[] serialize(ContractEvent event) {
        try {
            return EventJson.mapper().writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialize " + event.getClass().getName(), e);
        }
    }

    private static ContractEvent deserialize(byte[] value, EventType type, String at) throws UndecodableEventException {
        if (value == null) {
            throw new UndecodableEventException(at + ": record has no value (tombstone) for " + type.ceType());
        }
        ContractEvent event;
        try {
            event = EventJson.mapper().readValue(value, type.javaType());
        } catch (JsonProcessingException e) {
            throw new UndecodableEventException(at + ": malformed JSON payload for " + type.ceType() + ": "
                    + e.getOriginalMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new UndecodableEventException(at + ": unreadable payload for " + type.ceType() + ": " + e, e);
        }
        if (event == null) {
            throw new UndecodableEventException(at + ": payload is JSON null for " + type.ceType());
        }
        return event;
    }

    private static String required(Headers headers, String name, String at) throws UndecodableEventException {
        String value = optional(headers, name);
        if (value == null || value.isBlank()) {
            throw new UndecodableEventException(at + ": missing header " + name);
        }
        return value;
    }

    private static String optional(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isJson(String contentType) {
        String mediaType = contentType.split(";", 2)[0].strip();
        return mediaType.equalsIgnoreCase(JSON);
    }

    private static Instant parseTime(String text, String at) throws UndecodableEventException {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new UndecodableEventException(at + ": " + TIME + " '" + text + "' is not an RFC 3339 timestamp", e);
        }
    }

    private static long parseSequence(String text, String at) throws UndecodableEventException {
        try {
            if (DIGITS.matcher(text).matches()) {
                return Long.parseLong(text);
            }
        } catch (NumberFormatException e) {
            // falls through: 20 digits may exceed a long
        }
        throw new UndecodableEventException(at + ": " + SEQUENCE + " '" + text + "' is not a sequence number");
    }
}
