package org.credstack.issuance.credential.award.application;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.credstack.issuance.credential.award.application.AwardProcessing.Outcome;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Works off award requests in the background, on one thread per replica: every request with work due, one
 * transaction each, then a log line with what this run did and how many requests are in each state. All state is in
 * award_request, so work survives restarts and spreads over replicas (row locks, SKIP LOCKED). The thread looks for
 * work every poll interval, and at once when the award-requests projection of this replica commits a request.
 */
@ApplicationScoped
public class AwardWorker {

    private static final Logger LOG = Logger.getLogger(AwardWorker.class);

    @Inject
    AwardProcessing processing;
    @Inject
    AwardRequestStore store;
    @ConfigProperty(name = "credstack.awards.worker.enabled", defaultValue = "true")
    boolean enabled;
    @ConfigProperty(name = "credstack.awards.worker.poll-interval", defaultValue = "PT1S")
    Duration pollInterval;

    private final Semaphore wakeups = new Semaphore(0);
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile boolean running;
    private volatile boolean paused;
    private Thread thread;

    /** After Axon has started (its observer has priority 10): issuing sends commands. */
    void start(@Observes @Priority(1000) StartupEvent event) {
        if (!enabled) {
            LOG.info("Award worker disabled (credstack.awards.worker.enabled=false): this replica records award "
                    + "requests but issues none");
            return;
        }
        running = true;
        thread = new Thread(this::work, "award-worker");
        thread.setDaemon(true);
        thread.start();
    }

    /** Before Axon shuts down: a request in flight finishes, or rolls back and stays due. */
    void stop(@Observes @Priority(100) ShutdownEvent event) {
        if (!running) {
            return;
        }
        running = false;
        wakeups.release();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Look for work now rather than at the next poll (a request was just recorded). */
    public void wake() {
        wakeups.release();
    }

    /** Stops taking requests and waits until none is in flight: for maintenance, and for tests. */
    public void pause() {
        paused = true;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (busy.get() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public void resume() {
        paused = false;
        wake();
    }

    private void work() {
        while (running) {
            busy.set(!paused);
            Map<Outcome, Integer> done = paused ? Map.of() : drain();
            busy.set(false);
            if (!done.isEmpty()) {
                logProgress(done);
            }
            try {
                wakeups.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                wakeups.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Every request due now; a failure outside any one request (the database) ends the run until the next poll. */
    private Map<Outcome, Integer> drain() {
        Map<Outcome, Integer> done = new EnumMap<>(Outcome.class);
        while (running && !paused) {
            try {
                Optional<Outcome> outcome = processing.processNext();
                if (outcome.isEmpty()) {
                    break;
                }
                done.merge(outcome.get(), 1, Integer::sum);
            } catch (RuntimeException e) {
                if (running) {
                    LOG.error("Award worker failed; retrying after the poll interval", e);
                }
                break;
            }
        }
        return done;
    }

    private void logProgress(Map<Outcome, Integer> done) {
        try {
            LOG.infof("Award requests: this run %s; now %s", done, store.counts());
        } catch (RuntimeException e) {
            LOG.infof("Award requests: this run %s", done);
        }
    }
}
