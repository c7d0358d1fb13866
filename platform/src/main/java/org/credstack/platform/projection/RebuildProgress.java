package org.credstack.platform.projection;

import java.time.Instant;

/**
 * Where a rebuild stands: records replayed of the total that was on the topics when it started, the replay rate and
 * the estimated time left.
 */
public record RebuildProgress(String projection, String state, int generation, long done, long total,
                              double ratePerSecond, Long etaSeconds, Instant startedAt, Instant finishedAt,
                              String error) {

    public static final String REPLAYING = "REPLAYING";
    public static final String SWITCHING = "SWITCHING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    public boolean finished() {
        return DONE.equals(state) || FAILED.equals(state);
    }

    public double percent() {
        return total == 0 ? 100.0 : Math.min(100.0, 100.0 * done / total);
    }
}
