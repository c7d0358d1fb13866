package org.credstack.platform.schedule;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Work a replica does again and again on its own thread, such as draining a table of due rows: a run that fails is
 * logged and the next one tries again. Coordination between replicas is the work's business (row locks).
 */
public final class PeriodicTask {

    private static final Logger LOG = Logger.getLogger(PeriodicTask.class);

    private final ScheduledExecutorService executor;
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private final String name;
    private final Duration interval;
    private final Runnable work;

    private PeriodicTask(String name, Duration interval, Runnable work) {
        this.name = name;
        this.interval = interval;
        this.work = work;
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runOnce, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.warnf(e, "%s failed; the next run in %s tries again", name, interval);
        }
    }

    /**
     * Runs the work as soon as the task's thread is free, besides the periodic runs; wake-ups that come while one is
     * pending are one run. Never runs the work twice at once (one thread).
     */
    public void wake() {
        if (wakePending.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    wakePending.set(false);
                    runOnce();
                });
            } catch (java.util.concurrent.RejectedExecutionException stopped) {
                wakePending.set(false);
            }
        }
    }

    /** Runs {@code work} every {@code interval} (after each run ends) on a daemon thread named {@code name}. */
    public static PeriodicTask start(String name, Duration interval, Runnable work) {
        return new PeriodicTask(name, interval, work);
    }

    public void stop() {
        executor.shutdownNow();
    }
}
