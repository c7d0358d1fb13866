package org.credstack.platform.projection;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counts applied, skipped (duplicates) and dead-lettered records per projection, for metrics and tests. */
@ApplicationScoped
public class ProjectionMetrics {

    @Inject
    MeterRegistry meters;

    private final Map<String, AtomicLong[]> counts = new ConcurrentHashMap<>();

    void record(String projection, ProjectionApplier.Outcome outcome) {
        AtomicLong[] c = counts.computeIfAbsent(projection,
                k -> new AtomicLong[] {new AtomicLong(), new AtomicLong(), new AtomicLong()});
        c[0].addAndGet(outcome.applied());
        c[1].addAndGet(outcome.skipped());
        c[2].addAndGet(outcome.deadLettered());
        meters.counter("credstack.projection.applied", "projection", projection).increment(outcome.applied());
        meters.counter("credstack.projection.skipped_duplicates", "projection", projection)
                .increment(outcome.skipped());
    }

    public long applied(String projection) {
        return get(projection, 0);
    }

    public long skippedDuplicates(String projection) {
        return get(projection, 1);
    }

    public long deadLettered(String projection) {
        return get(projection, 2);
    }

    private long get(String projection, int index) {
        AtomicLong[] c = counts.get(projection);
        return c == null ? 0 : c[index].get();
    }
}
