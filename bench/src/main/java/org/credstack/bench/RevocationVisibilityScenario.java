package org.credstack.bench;

import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Revocation visible in the served status list, on a running stack. setUp registers an issuer, publishes an
 * achievement and issues a pool of credentials (with a progress line); each operation takes one, revokes it
 * (POST /v1/credentials/{id}/revoke) and then polls its public status list (GET statusListCredential, Accept
 * application/vc+ld+json, no client-side cache) until the credential's statusListIndex bit is set. Records
 * "revoke-call" (the REST call) and "visible-in-status-list" (call returned → bit seen, with the poll interval's
 * granularity; the first poll is sent at once).
 */
final class RevocationVisibilityScenario implements Scenario {

    static final Duration BOUND = Duration.ofSeconds(30);
    /** Threads issuing the pool in setUp. */
    static final int POOL_THREADS = 4;

    /** The pool of issued credentials ran out: a run needs one per operation, warm-up included. */
    static final class PoolExhaustedException extends Exception {
        PoolExhaustedException(long size) {
            super("all " + size + " pooled credentials are revoked: give a larger --pool", null, false, false);
        }
    }

    private final IssuanceTarget target;
    private final long poolSize;
    private final Duration poll;
    private final PrintStream log;
    private final Duration progress;
    private final ConcurrentLinkedQueue<IssuanceClient.Issued> pool = new ConcurrentLinkedQueue<>();
    private volatile IssuanceClient client;
    private volatile IssuanceClient.Session session;

    RevocationVisibilityScenario(IssuanceTarget target, long poolSize, Duration poll, Duration progress,
                                 PrintStream log) {
        this.target = target;
        this.poolSize = poolSize;
        this.poll = poll;
        this.progress = progress;
        this.log = log;
    }

    @Override
    public String name() {
        return "revocation-visibility";
    }

    @Override
    public void setUp(BenchContext ctx) throws Exception {
        client = new IssuanceClient(ctx, target);
        pool.clear();
        String tag = IssuanceClient.runTag();
        session = client.setUp(tag, log);
        pool.add(IssueScenario.probe(client, session, IssuanceClient.recipientEmail(tag, 0), log));
        AtomicLong next = new AtomicLong(1);
        LongAdder failed = new LongAdder();
        ExecutorService exec = Executors.newFixedThreadPool(POOL_THREADS, new DaemonThreads("bench-pool"));
        try (CountProgress line = CountProgress.start("pool", "issued", poolSize, pool::size, failed::sum,
                progress, log)) {
            Future<?>[] workers = new Future<?>[POOL_THREADS];
            for (int w = 0; w < POOL_THREADS; w++) {
                workers[w] = exec.submit(() -> {
                    for (long n; (n = next.getAndIncrement()) < poolSize; ) {
                        HttpResponse<String> r = client.issue(session, IssuanceClient.recipientEmail(tag, n));
                        if (r.statusCode() != 201) {
                            failed.increment();
                            throw new IllegalStateException("issuing the pool: expected HTTP 201, got "
                                    + r.statusCode() + " " + IssuanceClient.snippet(r.body()));
                        }
                        pool.add(client.parseIssued(r.body()));
                    }
                    return null;
                });
            }
            for (Future<?> f : workers) {
                f.get();
            }
        } finally {
            exec.shutdownNow();
        }
        if (log != null) {
            log.println("[setup] pool of " + pool.size() + " credentials ready");
        }
    }

    @Override
    public void execute(BenchContext ctx, long operationIndex) throws Exception {
        IssuanceClient.Issued c = pool.poll();
        if (c == null) {
            throw new PoolExhaustedException(poolSize);
        }
        long start = System.nanoTime();
        HttpResponse<String> r = client.revoke(session, c.id(), "bench revocation " + operationIndex);
        long returned = System.nanoTime();
        if (r.statusCode() != 200) {
            throw new UnexpectedStatusException(r.statusCode(), IssuanceClient.snippet(r.body()));
        }
        ctx.recordLatency("revoke-call", returned - start);
        long deadline = returned + BOUND.toNanos();
        while (true) {
            if (StatusListBits.isSet(client.encodedList(c.statusListUrl()), c.statusListIndex())) {
                ctx.recordLatency("visible-in-status-list", System.nanoTime() - returned);
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("credential " + c.id() + " revoked but bit " + c.statusListIndex()
                        + " of " + c.statusListUrl() + " not set within " + BOUND);
            }
            Thread.sleep(poll.toMillis(), (int) (poll.toNanos() % 1_000_000));
        }
    }

    @Override
    public void tearDown(BenchContext ctx) {
        pool.clear();
    }

    /** Credentials revocation-visibility issues in setUp: --pool, or what the load shape needs plus 10%. */
    static long poolSize(CliOptions o) {
        if (o.pool != null) {
            return o.pool;
        }
        double ops;
        if (o.requests != null) {
            ops = o.requests + (o.warmupRequests != null ? o.warmupRequests
                    : o.rate != null && o.warmup != null ? o.rate * o.warmup.toNanos() / 1e9 : 0);
        } else {
            double seconds = (o.duration != null ? o.duration : Duration.ofSeconds(10)).toNanos() / 1e9;
            double warm = o.warmup != null ? o.warmup.toNanos() / 1e9 : 0;
            ops = o.rate * (seconds + warm) + (o.warmupRequests != null ? o.warmupRequests : 0);
        }
        return (long) Math.ceil(ops * 1.1) + 10;
    }
}
