package org.credstack.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Set-up work outside the load generator (publishing achievements, issuing credentials, defining qualifications):
 * tasks numbered 0 to total − 1 on a few threads, with a {@link CountProgress} line. The first failure stops the
 * remaining tasks and is thrown.
 */
final class ParallelTasks {

    /** One numbered task. */
    interface Task {
        void run(long n) throws Exception;
    }

    private ParallelTasks() {
    }

    static void run(String label, String unit, long total, int threads, Duration progress, PrintStream log, Task task)
            throws Exception {
        AtomicLong next = new AtomicLong();
        LongAdder done = new LongAdder();
        LongAdder failed = new LongAdder();
        int workers = (int) Math.max(1, Math.min(threads, total));
        ExecutorService exec = Executors.newFixedThreadPool(workers, new DaemonThreads("bench-" + label));
        try (CountProgress line = CountProgress.start(label, unit, total, done::sum, failed::sum, progress, log)) {
            Future<?>[] futures = new Future<?>[workers];
            for (int w = 0; w < workers; w++) {
                futures[w] = exec.submit(() -> {
                    for (long n; (n = next.getAndIncrement()) < total; ) {
                        try {
                            task.run(n);
                        } catch (Exception e) {
                            failed.increment();
                            next.set(total); // the others stop after their current task
                            throw e;
                        }
                        done.increment();
                    }
                    return null;
                });
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        } finally {
            exec.shutdownNow();
        }
    }
}
