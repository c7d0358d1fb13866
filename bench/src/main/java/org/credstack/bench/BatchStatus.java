package org.credstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.OptionalDouble;

/**
 * GET /v1/credential-batches/{id}: {@code status} (accepted, running, completed), {@code total}, {@code processed},
 * {@code issued}, {@code failed}, {@code ratePerSecond}, {@code etaSeconds}, {@code startedAt}, {@code completedAt}.
 * Missing numbers read as 0 (counts) or null (rate, ETA); missing or unparsable times as null.
 */
record BatchStatus(String status, long total, long processed, long issued, long failed, Double ratePerSecond,
                   Double etaSeconds, Instant startedAt, Instant completedAt) {

    static final String ACCEPTED = "accepted";
    static final String RUNNING = "running";
    static final String COMPLETED = "completed";

    static BatchStatus parse(JsonNode n) {
        return new BatchStatus(n.path("status").asText(""), n.path("total").asLong(0),
                n.path("processed").asLong(0), n.path("issued").asLong(0), n.path("failed").asLong(0),
                number(n.get("ratePerSecond")), number(n.get("etaSeconds")), instant(n.get("startedAt")),
                instant(n.get("completedAt")));
    }

    boolean completed() {
        return COMPLETED.equalsIgnoreCase(status);
    }

    /** Neither accepted, running nor completed: a status this contract does not know (e.g. failed). */
    boolean unknownStatus() {
        return !completed() && !ACCEPTED.equalsIgnoreCase(status) && !RUNNING.equalsIgnoreCase(status);
    }

    /** completedAt − startedAt in seconds, when both are known and in order. */
    OptionalDouble serverSeconds() {
        if (startedAt == null || completedAt == null || completedAt.isBefore(startedAt)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Duration.between(startedAt, completedAt).toNanos() / 1e9);
    }

    /** Sustained issuance as the server saw it: issued / (completedAt − startedAt); empty when not computable. */
    OptionalDouble sustainedRate() {
        OptionalDouble s = serverSeconds();
        return s.isPresent() && s.getAsDouble() > 0 ? OptionalDouble.of(issued / s.getAsDouble())
                : OptionalDouble.empty();
    }

    /** {@code count} per second over {@code nanos}; 0 for no time. */
    static double rate(long count, long nanos) {
        return nanos > 0 ? count / (nanos / 1e9) : 0;
    }

    private static Double number(JsonNode v) {
        return v != null && v.isNumber() ? v.asDouble() : null;
    }

    private static Instant instant(JsonNode v) {
        if (v == null || !v.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(v.asText());
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(v.asText()).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
