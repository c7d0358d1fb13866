package org.credstack.devstack;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/** The service's {@code RebuildProgress}. */
record RebuildProgress(String projection, String state, int generation, long done, long total, double rate, Long eta,
                       String startedAt, String finishedAt, String error) {

    static RebuildProgress of(JsonNode n) {
        if (n == null || !n.isObject() || !n.hasNonNull("state")) {
            throw new CommandFailure(RebuildCommand.EXIT_FAILED,
                    "unexpected answer from the service (no rebuild state): " + n);
        }
        return new RebuildProgress(n.path("projection").asText(null), n.path("state").asText(),
                n.path("generation").asInt(), n.path("done").asLong(), n.path("total").asLong(),
                n.path("ratePerSecond").asDouble(), n.hasNonNull("etaSeconds") ? n.get("etaSeconds").asLong() : null,
                n.path("startedAt").asText(null), n.path("finishedAt").asText(null),
                n.path("error").asText(null));
    }

    boolean finished() {
        return state.equals("DONE") || state.equals("FAILED");
    }

    double percent() {
        return total <= 0 ? 100.0 : Math.min(100.0, 100.0 * done / total);
    }

    /** How long the rebuild took, if the service says when it started and finished. */
    String took() {
        if (startedAt == null || finishedAt == null) {
            return null;
        }
        try {
            Duration d = Duration.between(Instant.parse(startedAt), Instant.parse(finishedAt));
            return d.toMillis() < 60_000 ? String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0)
                    : ConsoleFormat.duration(d.toSeconds());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
