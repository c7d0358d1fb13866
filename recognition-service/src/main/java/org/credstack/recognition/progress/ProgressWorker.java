package org.credstack.recognition.progress;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credstack.platform.persistence.NativeRows;
import org.credstack.platform.schedule.PeriodicTask;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Re-evaluates the progress of every learner the learner-credentials projection queued (a credential issued or
 * changed, a link, a consent, an RPL decision). Every replica drains the queue; a learner is claimed with
 * {@code FOR UPDATE SKIP LOCKED} and leaves the queue in the transaction that stores their progress, so a failure
 * leaves them queued for the next run.
 */
@ApplicationScoped
public class ProgressWorker {

    private static final Logger LOG = Logger.getLogger(ProgressWorker.class);

    @Inject
    EntityManager em;
    @Inject
    LearnerReevaluation reevaluation;
    @Inject
    ProgressTimings timings;
    @ConfigProperty(name = "credstack.progress.enabled", defaultValue = "true")
    boolean enabled;
    /** How often the queue is looked at when it was empty. */
    @ConfigProperty(name = "credstack.progress.interval", defaultValue = "PT0.1S")
    Duration interval;
    @ConfigProperty(name = "credstack.progress.batch-size", defaultValue = "50")
    int batchSize;
    /**
     * Learners claimed at once once a claim came back full (a backlog: after a rebuild, a bulk issuance): each batch
     * costs a claim, seven reads, a delete and a commit however many learners it holds.
     */
    @ConfigProperty(name = "credstack.progress.backlog-batch-size", defaultValue = "250")
    int backlogBatchSize;
    /**
     * Threads draining the queue in this replica. The first is woken when learners are queued; the others find a
     * backlog (after a rebuild, a bulk issuance) at their next look and share it, batch by batch.
     */
    @ConfigProperty(name = "credstack.progress.workers", defaultValue = "2")
    int workers;
    /** A learner whose re-evaluation failed is tried again after this long. */
    @ConfigProperty(name = "credstack.progress.retry-after", defaultValue = "PT1M")
    Duration retryAfter;

    private final Clock clock = Clock.systemUTC();
    private final List<PeriodicTask> tasks = new ArrayList<>();
    /** A worker draining a backlog logs its progress this often. */
    private static final long PROGRESS_LOG_NANOS = Duration.ofSeconds(5).toNanos();

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            for (int i = 1; i <= Math.max(1, workers); i++) {
                tasks.add(PeriodicTask.start("progress-worker-" + i, interval, this::drain));
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        tasks.forEach(PeriodicTask::stop);
    }

    /**
     * Runs the worker now instead of at its next interval (coalesced: one wake-up while one is pending). Called when a
     * transaction that queued learners commits, so that progress follows a credential event without the poll delay.
     */
    public void wake() {
        if (!tasks.isEmpty()) {
            tasks.get(0).wake();
        }
    }

    /** Re-evaluates queued learners until the queue is empty; returns how many. */
    public int drain() {
        int total = 0;
        long started = System.nanoTime();
        long logged = started;
        int size = batchSize;
        while (true) {
            int handled;
            int claim = size;
            try {
                List<Done> done = QuarkusTransaction.requiringNew().call(() -> batch(claim));
                record(done);
                handled = done.size();
            } catch (RuntimeException batchFailure) {
                // One learner whose evaluation fails must not hold back the others: one at a time, the failing one
                // queued again after retryAfter (and logged).
                LOG.infof("A batch of progress re-evaluations failed (%s); re-evaluating its learners one by one",
                        batchFailure.toString());
                handled = oneByOne(claim);
            }
            total += handled;
            if (handled < claim) {
                break;
            }
            size = Math.max(batchSize, backlogBatchSize);
            long now = System.nanoTime();
            if (now - logged >= PROGRESS_LOG_NANOS) {
                logged = now;
                double rate = total / ((now - started) / 1e9);
                long queued = QuarkusTransaction.requiringNew().call(() -> NativeRows.<Number>column(em,
                        "SELECT count(*) FROM progress_pending").get(0).longValue());
                LOG.infof("Progress (%s): %d learners re-evaluated (%.0f/s), %d queued (all workers), ETA %.0f s",
                        Thread.currentThread().getName(), total, rate, queued, queued / (rate * tasks.size()));
            }
        }
        return total;
    }

    private int oneByOne(int size) {
        List<String> claimed = QuarkusTransaction.requiringNew().call(() -> NativeRows.column(em,
                "SELECT learner_key FROM progress_pending WHERE queued_at <= ?1 ORDER BY queued_at LIMIT ?2",
                clock.instant(), size));
        for (String key : claimed) {
            try {
                // queued at an unknown time, for everything: a retry does not know what its batch was queued for
                record(QuarkusTransaction.requiringNew().call(() -> reevaluate(Collections.singletonMap(key, null),
                        Collections.singletonMap(key, null))));
            } catch (RuntimeException e) {
                timings.failed();
                LOG.warnf(e, "Could not re-evaluate the progress of learner %s; trying again in %s", key, retryAfter);
                QuarkusTransaction.requiringNew().run(() -> NativeRows.update(em,
                        "UPDATE progress_pending SET queued_at = ?1 WHERE learner_key = ?2",
                        clock.instant().plus(retryAfter), key));
            }
        }
        return claimed.size();
    }

    /** Between the achievement ids of a queued learner as the claim reads them (ASCII unit separator, chr(31)). */
    private static final String SEPARATOR = "\u001f";

    private List<Done> batch(int size) {
        List<Object[]> claimed = NativeRows.select(em, "SELECT learner_key, queued_at,"
                + " array_to_string(achievement_ids, chr(31)) FROM progress_pending WHERE queued_at <= ?1"
                + " ORDER BY queued_at LIMIT ?2 FOR UPDATE SKIP LOCKED", clock.instant(), size);
        Map<String, Instant> queuedAt = new LinkedHashMap<>();
        Map<String, Set<String>> changed = new LinkedHashMap<>();
        for (Object[] row : claimed) {
            queuedAt.put((String) row[0], NativeRows.instant(row[1]));
            changed.put((String) row[0], row[2] == null ? null
                    : new HashSet<>(List.of(((String) row[2]).split(SEPARATOR))));
        }
        return reevaluate(queuedAt, changed);
    }

    /**
     * Re-evaluates the learners, for what changed ({@link LearnerReevaluation#reevaluate}), and takes them off the
     * queue, in the caller's transaction.
     */
    private List<Done> reevaluate(Map<String, Instant> queuedAt, Map<String, Set<String>> changed) {
        if (queuedAt.isEmpty()) {
            return List.of();
        }
        Map<String, Long> took = reevaluation.reevaluate(changed, clock.instant());
        NativeRows.update(em, "DELETE FROM progress_pending WHERE learner_key = ANY (?1)",
                (Object) queuedAt.keySet().toArray(new String[0]));
        List<Done> done = new ArrayList<>(queuedAt.size());
        queuedAt.forEach((key, at) -> done.add(new Done(at, took.getOrDefault(key, 0L))));
        return done;
    }

    /** Counts re-evaluations whose transaction committed. */
    private void record(List<Done> done) {
        Instant committed = clock.instant();
        for (Done d : done) {
            long latency = d.queuedAt == null ? d.evaluationNanos : Duration.between(d.queuedAt, committed).toNanos();
            timings.record(d.evaluationNanos / 1000, Math.max(0, latency / 1000));
        }
    }

    /**
     * A learner re-evaluated: when they were queued (null when retried alone: only the evaluation is known), how long
     * their re-evaluation took.
     */
    private record Done(Instant queuedAt, long evaluationNanos) {
    }
}
