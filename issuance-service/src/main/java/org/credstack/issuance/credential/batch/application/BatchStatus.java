package org.credstack.issuance.credential.batch.application;

import java.time.Duration;
import java.time.Instant;

/**
 * A batch's progress as stored. The rate counts the rows processed since the current run began ({@code rateSince},
 * when {@code rateBase} rows were done), so a pause such as a restart does not drag it down for the rest of the batch.
 */
public record BatchStatus(String batchId, String issuerId, BatchState state, int total, int processed, int issued,
                          int failed, Instant createdAt, Instant startedAt, Instant completedAt, Instant rateSince,
                          int rateBase) {

    /** Rows processed per second in the current run: up to now while it runs, up to completion once completed. */
    public double ratePerSecond(Instant now) {
        if (rateSince == null) {
            return 0;
        }
        Instant end = completedAt != null ? completedAt : now;
        double seconds = Duration.between(rateSince, end).toMillis() / 1000.0;
        return seconds <= 0 ? 0 : (processed - rateBase) / seconds;
    }

    /** Seconds until every row is processed at the current rate; 0 once completed, {@code null} before a rate. */
    public Long etaSeconds(Instant now) {
        if (state == BatchState.COMPLETED) {
            return 0L;
        }
        double rate = ratePerSecond(now);
        return rate <= 0 ? null : Math.round((total - processed) / rate);
    }
}
