package org.credstack.platform.schedule;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Work a replica does again and again on its own thread, such as draining a table of due rows: a run that fails is
 * logged and the next one tries again. Coordination between replicas is the work's business (row locks).
 */
public final class PeriodicTask {

    private static final Logger LOG = Logger.getLogger(PeriodicTask.class);

    private final ScheduledExecutorService executor;

    private PeriodicTask(String name, Duration interval, Runnable work) {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.warnf(e, "%s failed; the next run in %s tries again", name, interval);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs {@code work} every {@code interval} (after each run ends) on a daemon thread named {@code name}. */
    public static PeriodicTask start(String name, Duration interval, Runnable work) {
        return new PeriodicTask(name, interval, work);
    }

    public void stop() {
        executor.shutdownNow();
    }
}
