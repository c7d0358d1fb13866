package org.credstack.platform.projection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.credstack.events.EventCatalog;
import org.credstack.events.cloudevents.CloudEventCodec;
import org.credstack.events.cloudevents.CloudEventHeaders;
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
    private boolean wanted(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(CloudEventHeaders.TYPE);
        if (header == null) {
            return true;
        }
        return EventCatalog.byCeType(new String(header.value(), StandardCharsets.UTF_8))
                .map(type -> type.javaType() == LearnerErased.class || projection.applies(type))
                .orElse(true);
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
        int applied = 0;
        int skipped = 0;
        try (Connection c = dataSource.getConnection()) {
            ProjectionContext context = new ProjectionContext(c, schema);
            for (Decoded one : batch) {
                if (claim(c, schema, one.event())) {
                    if (one.event().event() instanceof LearnerErased erased) {
                        projection.erase(erased, context);
                    } else {
                        projection.apply(one.event(), context);
                    }
                    applied++;
                } else {
                    skipped++;
                }
            }
        }
        return new int[] {applied, skipped};
    }

    /**
     * Records (aggregate, sequence) as applied unless it already was. The insert-or-lock makes concurrent appliers
     * of the same aggregate (a rebuild catching up beside a live consumer) take turns.
     */
    private static boolean claim(Connection c, String schema, DecodedEvent event) throws SQLException {
        String table = schema + "." + ProjectionStore.APPLIED;
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO " + table
                + " AS a (aggregate_id, last_sequence) VALUES (?, ?) ON CONFLICT (aggregate_id) DO UPDATE"
                + " SET last_sequence = EXCLUDED.last_sequence WHERE a.last_sequence < EXCLUDED.last_sequence"
                + " RETURNING last_sequence")) {
            upsert.setString(1, event.aggregateId());
            upsert.setLong(2, event.sequence());
            try (ResultSet rs = upsert.executeQuery()) {
                return rs.next();
            }
        }
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
