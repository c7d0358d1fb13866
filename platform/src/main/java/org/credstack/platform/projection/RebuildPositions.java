package org.credstack.platform.projection;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.credstack.events.cloudevents.CloudEventHeaders;
import org.credstack.events.cloudevents.UndecodableEventException;
import org.credstack.platform.persistence.CopyRows;

/**
 * The last applied sequence per aggregate during a rebuild's replay, kept in memory (the fresh generation has no other
 * writer) and copied into its {@code applied_position} table at the end, so that the live consumer carries on from
 * there. Read from the record's headers, without decoding the value.
 */
final class RebuildPositions {

    private final Map<String, Long> last = new HashMap<>();

    /** Whether the record comes after everything applied of its aggregate (and records it as applied). */
    boolean advance(ConsumerRecord<String, byte[]> record) throws UndecodableEventException {
        String aggregateId = header(record, CloudEventHeaders.SUBJECT);
        long sequence;
        try {
            sequence = Long.parseLong(header(record, CloudEventHeaders.SEQUENCE));
        } catch (NumberFormatException e) {
            throw new UndecodableEventException(at(record) + ": " + CloudEventHeaders.SEQUENCE
                    + " is not a sequence number");
        }
        Long before = last.get(aggregateId);
        if (before != null && sequence <= before) {
            return false;
        }
        last.put(aggregateId, sequence);
        return true;
    }

    int size() {
        return last.size();
    }

    void copyInto(Connection connection, String schema) throws SQLException {
        CopyRows rows = new CopyRows();
        for (Map.Entry<String, Long> position : last.entrySet()) {
            rows.text(position.getKey()).number(position.getValue()).endRow();
            if (rows.rows() == 10_000) {
                rows.copyInto(connection, schema + "." + ProjectionStore.APPLIED + " (aggregate_id, last_sequence)");
            }
        }
        rows.copyInto(connection, schema + "." + ProjectionStore.APPLIED + " (aggregate_id, last_sequence)");
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name)
            throws UndecodableEventException {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null || header.value().length == 0) {
            throw new UndecodableEventException(at(record) + ": missing header " + name);
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String at(ConsumerRecord<String, byte[]> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
