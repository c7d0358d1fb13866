package org.credstack.bench;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Does nothing (or sleeps a fixed time): measures the harness itself, e.g. how close to the requested rate it
 * can schedule, and serves as a test double. With {@code failEvery > 0} every {@code failEvery}-th operation
 * (by index) throws {@link IllegalStateException}.
 */
public final class NoopScenario implements Scenario {

    private final long sleepNanos;
    private final long failEvery;

    public NoopScenario() {
        this(Duration.ZERO, 0);
    }

    public NoopScenario(Duration sleep, long failEvery) {
        this.sleepNanos = sleep.toNanos();
        this.failEvery = failEvery;
    }

    @Override
    public String name() {
        return "noop";
    }

    @Override
    public void execute(BenchContext ctx, long operationIndex) {
        if (sleepNanos > 0) {
            long deadline = System.nanoTime() + sleepNanos;
            long left;
            while ((left = deadline - System.nanoTime()) > 0) {
                LockSupport.parkNanos(left);
            }
        }
        if (failEvery > 0 && operationIndex % failEvery == failEvery - 1) {
            throw new IllegalStateException("noop failure at " + operationIndex);
        }
    }
}
