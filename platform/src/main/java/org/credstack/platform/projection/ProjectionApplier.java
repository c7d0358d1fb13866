package org.credstack.platform.projection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.credstack.events.cloudevents.CloudEventCodec;
import org.credstack.events.cloudevents.DecodedEvent;
import org.credstack.events.cloudevents.UndecodableEventException;
import org.credstack.events.learner.LearnerErased;

/**
 * Applies Kafka records to one generation of a projection exactly once: the last applied sequence per aggregate
 * is stored in the same transaction as the change, and anything at or below it is skipped. A batch is applied in
 * one transaction; if that fails, each record is retried on its own (bounded), and a record that still fails, or
 * cannot be decoded at all, goes to the dead-letter topic so that the records after it are still processed.
 * A failure of the database itself is not the record's fault: it propagates, and the caller rewinds and waits.
 */
final class ProjectionApplier {

    record Outcome(int applied, int skipped, int deadLettered) {
        Outcome plus(Outcome other) {
            return new Outcome(applied + other.applied, skipped + other.skipped, deadLettered + other.deadLettered);
        }
    }

    private final Projection projection;
    private final DataSource dataSource;
    private final DeadLetters deadLetters;
    private final String consumerName;
    private final int maxAttempts;
    private final Duration backoff;

    ProjectionApplier(Projection projection, DataSource dataSource, DeadLetters deadLetters, String consumerName,
                      int maxAttempts, Duration backoff) {
        this.projection = projection;
        this.dataSource = dataSource;
        this.deadLetters = deadLetters;
        this.consumerName = consumerName;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
    }

    Outcome apply(List<ConsumerRecord<String, byte[]>> records, String schema) {
        List<Decoded> decoded = new ArrayList<>(records.size());
        int deadLettered = 0;
        for (ConsumerRecord<String, byte[]> record : records) {
            if (!wanted(record)) {
                continue;
            }
            try {
                decoded.add(new Decoded(record, CloudEventCodec.decode(record)));
            } catch (UndecodableEventException e) {
                deadLetters.send(consumerName, record, "undecodable: " + e.getMessage(), e);
                deadLettered++;
            }
        }
        try {
            if (decoded.isEmpty()) {
                return new Outcome(0, 0, deadLettered);
            }
            int[] counts = QuarkusTransaction.requiringNew().call(() -> applyAll(decoded, schema));
            return new Outcome(counts[0], counts[1], deadLettered);
        } catch (RuntimeException batchFailure) {
            requireDatabase();
            Outcome outcome = new Outcome(0, 0, deadLettered);
            for (Decoded one : decoded) {
                outcome = outcome.plus(applyWithRetries(one, schema));
            }
            return outcome;
        }
    }

    /**
     * False for a record of a known type that the projection does not apply (read from the ce_type header, without
     * decoding the value). Records of unknown or missing type are decoded, so that they are dead-lettered as before.
     */
    boolean wanted(ConsumerRecord<String, byte[]> record) {
        return CloudEventCodec.typeOf(record)
                .map(type -> type.javaType() == LearnerErased.class || projection.applies(type))
                .orElse(true);
    }

    /** Sends a record that cannot be applied to the dead-letter topic, with the reason. */
    void deadLetter(ConsumerRecord<String, byte[]> record, String reason, Throwable cause) {
        deadLetters.send(consumerName, record, reason, cause);
    }

    DataSource dataSource() {
        return dataSource;
    }

    private Outcome applyWithRetries(Decoded one, String schema) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                int[] counts = QuarkusTransaction.requiringNew().call(() -> applyAll(List.of(one), schema));
                return new Outcome(counts[0], counts[1], 0);
            } catch (RuntimeException e) {
                last = e;
                requireDatabase();
                sleep(backoff.multipliedBy(attempt));
            }
        }
        Throwable cause = rootCause(last);
        deadLetters.send(consumerName, one.record(), "failed after " + maxAttempts + " attempts: " + cause, cause);
        return new Outcome(0, 0, 1);
    }

    private int[] applyAll(List<Decoded> batch, String schema) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            ProjectionContext context = new ProjectionContext(c, schema);
            List<DecodedEvent> fresh = claim(c, schema, batch.stream().map(Decoded::event).toList());
            List<DecodedEvent> run = new ArrayList<>();
            for (DecodedEvent event : fresh) {
                if (event.event() instanceof LearnerErased erased) {
                    flush(run, context);
                    projection.erase(erased, context);
                } else {
                    run.add(event);
                }
            }
            flush(run, context);
            return new int[] {fresh.size(), batch.size() - fresh.size()};
        }
    }

    private void flush(List<DecodedEvent> run, ProjectionContext context) throws SQLException {
        if (!run.isEmpty()) {
            projection.applyAll(List.copyOf(run), context);
            run.clear();
        }
    }

    /**
     * The events not applied before, in order: the last applied sequence per aggregate is stored in the same
     * transaction, and anything at or below it is skipped. Three statements per batch, whatever its size: make sure
     * every aggregate has a row, lock those rows (sorted, so that concurrent appliers of the same aggregates, a
     * rebuild catching up beside a live consumer, take turns without deadlock), then store the new positions.
     */
    private static List<DecodedEvent> claim(Connection c, String schema, List<DecodedEvent> events)
            throws SQLException {
        if (events.isEmpty()) {
            return List.of();
        }
        String table = schema + "." + ProjectionStore.APPLIED;
        String[] ids = events.stream().map(DecodedEvent::aggregateId).distinct().sorted().toArray(String[]::new);
        try (PreparedStatement ensure = c.prepareStatement("INSERT INTO " + table + " (aggregate_id, last_sequence)"
                + " SELECT id, -1 FROM unnest(?::varchar[]) AS id ORDER BY id ON CONFLICT (aggregate_id) DO NOTHING")) {
            ensure.setArray(1, c.createArrayOf("varchar", ids));
            ensure.executeUpdate();
        }
        Map<String, Long> last = new HashMap<>();
        try (PreparedStatement lock = c.prepareStatement("SELECT aggregate_id, last_sequence FROM " + table
                + " WHERE aggregate_id = ANY (?) ORDER BY aggregate_id FOR UPDATE")) {
            lock.setArray(1, c.createArrayOf("varchar", ids));
            try (ResultSet rs = lock.executeQuery()) {
                while (rs.next()) {
                    last.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        List<DecodedEvent> fresh = new ArrayList<>(events.size());
        Map<String, Long> moved = new HashMap<>();
        for (DecodedEvent event : events) {
            if (event.sequence() > last.get(event.aggregateId())) {
                fresh.add(event);
                last.put(event.aggregateId(), event.sequence());
                moved.put(event.aggregateId(), event.sequence());
            }
        }
        if (!moved.isEmpty()) {
            try (PreparedStatement store = c.prepareStatement("UPDATE " + table + " AS a SET last_sequence = v.seq"
                    + " FROM unnest(?::varchar[], ?::bigint[]) AS v(id, seq) WHERE a.aggregate_id = v.id")) {
                store.setArray(1, c.createArrayOf("varchar", moved.keySet().toArray()));
                store.setArray(2, c.createArrayOf("bigint", moved.values().toArray()));
                store.executeUpdate();
            }
        }
        return fresh;
    }

    private void requireDatabase() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ping = c.prepareStatement("SELECT 1")) {
            ping.execute();
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(e);
        }
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Decoded(ConsumerRecord<String, byte[]> record, DecodedEvent event) {
    }

    static final class DatabaseUnavailableException extends RuntimeException {
        DatabaseUnavailableException(Throwable cause) {
            super("database unavailable", cause);
        }
    }
}
