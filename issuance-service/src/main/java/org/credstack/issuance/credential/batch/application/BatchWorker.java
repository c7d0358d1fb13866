package org.credstack.issuance.credential.batch.application;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Works through accepted batches in the background: {@code credstack.batches.worker.threads} threads each claim and
 * issue one chunk at a time, and sign its credentials on a pool of {@code credstack.batches.worker.signing-threads}
 * (signing is the CPU-bound part). All state is in the database, so work resumes after a restart and spreads over
 * replicas. Idle threads look for work every poll interval, and at once when this replica accepts a batch.
 */
@ApplicationScoped
public class BatchWorker {

    private static final Logger LOG = Logger.getLogger(BatchWorker.class);

    @Inject
    ChunkIssuance chunks;
    @ConfigProperty(name = "credstack.batches.worker.enabled", defaultValue = "true")
    boolean enabled;
    @ConfigProperty(name = "credstack.batches.worker.threads", defaultValue = "2")
    int threads;
    @ConfigProperty(name = "credstack.batches.worker.signing-threads", defaultValue = "2")
    int signingThreads;
    @ConfigProperty(name = "credstack.batches.worker.poll-interval", defaultValue = "PT1S")
    Duration pollInterval;
    @ConfigProperty(name = "credstack.batches.progress-log-interval", defaultValue = "PT10S")
    Duration progressLogInterval;

    private final Semaphore wakeups = new Semaphore(0);
    private final AtomicInteger busy = new AtomicInteger();
    private final Map<String, Instant> lastLogged = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile boolean paused;
    private ExecutorService workers;
    private ExecutorService signers;

    /** After Axon has started (its observer has priority 10), since chunks send commands. */
    void start(@Observes @Priority(1000) StartupEvent event) {
        if (!enabled) {
            LOG.info("Credential batch worker disabled (credstack.batches.worker.enabled=false): this replica "
                    + "accepts batches but issues none");
            return;
        }
        running = true;
        signers = Executors.newFixedThreadPool(signingThreads, named("credential-batch-signer"));
        workers = Executors.newFixedThreadPool(threads, named("credential-batch-worker"));
        for (int i = 0; i < threads; i++) {
            workers.execute(this::work);
        }
        LOG.infof("Credential batch worker started: %d thread(s), %d signing thread(s)", threads, signingThreads);
    }

    /** Before Axon shuts down (default priority): a chunk in flight finishes, or rolls back and stays pending. */
    void stop(@Observes @Priority(100) ShutdownEvent event) {
        if (!running) {
            return;
        }
        running = false;
        wakeups.release(threads);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        signers.shutdownNow();
    }

    /** Look for work now rather than at the next poll (a batch was just accepted). */
    public void wake() {
        wakeups.release(Math.max(1, threads));
    }

    /** Stops claiming new chunks and waits until none is in flight: for maintenance, and for tests. */
    public void pause() {
        paused = true;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (busy.get() > 0 && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(10));
        }
    }

    public void resume() {
        paused = false;
        wake();
    }

    private void work() {
        while (running) {
            boolean worked = false;
            busy.incrementAndGet();
            try {
                if (!paused) {
                    var status = chunks.processNext(signers, () -> !running);
                    worked = status.isPresent();
                    status.ifPresent(this::logProgress);
                }
            } catch (RuntimeException e) {
                if (running) {
                    LOG.error("Credential batch worker failed; retrying after the poll interval", e);
                }
            } finally {
                busy.decrementAndGet();
            }
            if (!worked) {
                try {
                    wakeups.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Logs a batch's progress at most once per interval (per replica), and its completion. */
    private void logProgress(BatchStatus status) {
        Instant now = Instant.now();
        boolean completed = status.state() == BatchState.COMPLETED;
        if (completed) {
            lastLogged.remove(status.batchId());
            // batches completed by another replica are never seen completed here
            lastLogged.values().removeIf(last -> last.isBefore(now.minus(Duration.ofHours(1))));
        } else if (!due(status.batchId(), now)) {
            return;
        }
        Long eta = status.etaSeconds(now);
        LOG.infof("Credential batch %s: %d of %d rows processed (%d issued, %d failed), %.0f rows/s, %s",
                status.batchId(), status.processed(), status.total(), status.issued(), status.failed(),
                status.ratePerSecond(now), completed ? "completed" : "ETA " + (eta == null ? "unknown" : eta + " s"));
    }

    private boolean due(String batchId, Instant now) {
        boolean[] due = new boolean[1];
        lastLogged.compute(batchId, (id, last) -> {
            due[0] = last == null || !now.isBefore(last.plus(progressLogInterval));
            return due[0] ? now : last;
        });
        return due[0];
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
