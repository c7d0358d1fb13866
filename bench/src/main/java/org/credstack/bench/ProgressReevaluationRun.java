package org.credstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * {@code progress-reevaluation}: how long recognition takes to re-evaluate a learner's progress after a credential
 * event, for a learner with many credentials against many qualifications (the bar: p99 ≤ 20 ms for 200 credentials
 * and 50 qualifications).
 * <p>
 * Set-up, once: a new issuer; {@code --achievements} published achievements (the tour's micro-credential, suspension
 * allowed, each its own name) plus {@value #MISSING} the learner never gets and one the qualifications award;
 * {@code --qualifications} published qualifications ({@link QualificationPlan}: 10–12 components each, a few met by
 * the learner, policy CONFIRMED); {@code --credentials} credentials issued to one e-mail recipient, one per
 * achievement in turn; then a wait until recognition holds them all and its progress queue is empty.
 * <p>
 * Each run ({@code --repeat}): {@code --warmup-events} and then {@code --events} credential events at {@code --rate}
 * per second in the open model (each sent when due, whatever the earlier ones are doing; only the two events of one
 * credential wait for each other): suspend one of the learner's credentials, reinstate it, suspend the next one, ...
 * Then the run waits until recognition shows every credential in the status its last event gave it and the queue
 * is empty, then reads
 * {@code /admin/progress/timings} for the re-evaluations after the counter it saw before the measured events:
 * evaluation (read the learner's records, evaluate the published qualifications the credential's achievement is in,
 * store: D40) and latency (queued by the
 * projection → committed). The raw limit beside it: PostgreSQL reading the learner's rows alone
 * ({@link LearnerRowsRead}). Medians over the runs; CSV rows per run: evaluation, latency, raw read.
 */
final class ProgressReevaluationRun {

    static final int DEFAULT_ACHIEVEMENTS = 200;
    static final int DEFAULT_QUALIFICATIONS = 50;
    static final long DEFAULT_EVENTS = 300;
    static final double DEFAULT_RATE = 10;
    /** Achievements published but never issued to the learner: the components the learner lacks. */
    static final int MISSING = 4;
    static final Duration DEFAULT_POLL = Duration.ofMillis(100);
    /** The re-evaluation counter must stay unchanged this long with an empty queue to count as quiet. */
    static final Duration STABLE = Duration.ofSeconds(1);
    /** How long a wait for the stack (credentials recorded, queue drained) may take before the run fails. */
    static final Duration WAIT_BOUND = Duration.ofMinutes(10);
    static final double BAR_MS = 20;
    static final String SCENARIO = "progress-reevaluation";
    /** Threads sending events: enough for the rate even when issuance answers slowly. */
    static final int SENDERS = 16;

    /** One run's figures. */
    record Result(long sent, long errors, double sendSeconds, LatencySummary call, ReevaluationTimings timings,
                  LearnerRowsRead.Result rawRead) {
    }

    private final CliOptions o;
    private final PrintStream out;
    private final PrintStream err;
    private final BooleanSupplier interrupted;
    private final int achievements;
    private final int qualifications;
    private final long events;
    private final double rate;

    private IssuanceClient issuance;
    private OperatorClient operator;
    private String recognitionUrl;
    private IssuanceClient.Session session;
    private List<String> credentialIds;
    private String recipientRef;
    private long publishedOnStack;
    private int metByLearner;
    /** Events sent so far (warm-up included, across runs): picks the credential and suspend/reinstate. */
    private long eventCounter;
    /** Each credential's status after the last event that succeeded on it: what recognition must show. */
    private final Map<String, String> expected = new ConcurrentHashMap<>();

    ProgressReevaluationRun(CliOptions o, PrintStream out, PrintStream err, BooleanSupplier interrupted) {
        this.o = o;
        this.out = out;
        this.err = err;
        this.interrupted = interrupted;
        this.achievements = o.achievements != null ? o.achievements : DEFAULT_ACHIEVEMENTS;
        this.qualifications = o.qualifications != null ? o.qualifications : DEFAULT_QUALIFICATIONS;
        this.events = o.events != null ? o.events : DEFAULT_EVENTS;
        this.rate = o.rate != null ? o.rate : DEFAULT_RATE;
    }

    int run() throws Exception {
        BenchContext ctx = BenchContext.create(o.timeout, false);
        JsonNode stack = Files.isReadable(o.stack) ? RebuildLimits.readStack(o.stack) : null;
        IssuanceTarget target = IssuanceTarget.resolve(o.stack, o.issuanceUrl, o.tokenUrl, null, null, null,
                ctx.json());
        recognitionUrl = o.recognitionUrl != null ? o.recognitionUrl : StackUrls.service(stack, "recognition");
        JsonNode pg = stack == null ? null : stack.path("postgres").path("recognition");
        if (pg == null || pg.path("url").asText().isEmpty()) {
            throw new IllegalStateException("progress-reevaluation reads recognition's database: " + o.stack
                    + " has no postgres.recognition (start the stack with ./credstack up, or give --stack)");
        }
        err.println("[setup] " + target.describe() + ", recognition " + recognitionUrl);
        issuance = new IssuanceClient(ctx, target);
        operator = new OperatorClient(ctx, issuance.mintToken("bench-operator", List.of("operator"), null));
        CsvResultWriter csv = o.csv != null ? new CsvResultWriter(o.csv) : null;
        try (Connection db = DriverManager.getConnection(pg.path("url").asText(), pg.path("username").asText(),
                pg.path("password").asText())) {
            setUp(ctx, db);
            out.println("credstack-bench: " + SCENARIO + " | learner with " + credentialIds.size() + " credentials, "
                    + qualifications + " qualifications published (" + publishedOnStack + " on the stack, all "
                    + "evaluated per learner; " + metByLearner + " met by the learner) | " + events + " events at "
                    + Format.number(rate) + "/s, warm-up " + o.warmupEvents + (o.repeat > 1 ? " | repeat " + o.repeat
                    : ""));
            List<Summary> evaluation = new ArrayList<>();
            List<Summary> latency = new ArrayList<>();
            List<Summary> raw = new ArrayList<>();
            for (int r = 1; r <= o.repeat && !interrupted.getAsBoolean(); r++) {
                String heading = o.repeat > 1 ? "run " + r + "/" + o.repeat : "result";
                Result result = once(db, heading);
                if (result == null) {
                    break;
                }
                print(result, heading);
                Summary[] s = summaries(result);
                evaluation.add(s[0]);
                latency.add(s[1]);
                raw.add(s[2]);
                if (csv != null) {
                    String label = o.repeat > 1 ? join(o.label, "run " + r + "/" + o.repeat) : o.label;
                    for (Summary one : s) {
                        csv.append(one, label, Instant.now());
                    }
                }
                out.println();
            }
            if (evaluation.size() > 1) {
                printMedians(evaluation, latency, raw, csv);
            }
        }
        if (csv != null) {
            out.println("csv        " + csv.file());
        }
        if (interrupted.getAsBoolean()) {
            err.println("[bench] interrupted: results above are partial");
        }
        return Main.EXIT_OK;
    }

    // ------------------------------------------------------------------------------------------------ set-up

    private void setUp(BenchContext ctx, Connection db) throws Exception {
        String tag = IssuanceClient.runTag();
        session = issuance.registerIssuer(tag);
        err.println("[setup] issuer " + session.issuerId() + " registered");
        int total = achievements + MISSING + 1;
        String[] ids = new String[total];
        ParallelTasks.run("achievements", "published", total, 4, o.progress, err, n -> {
            String name = n < achievements ? "Bench Module " + tag + " " + (n + 1)
                    : n < achievements + MISSING ? "Bench Module " + tag + " never issued " + (n - achievements + 1)
                    : "Bench Certificate " + tag;
            ids[(int) n] = issuance.publishAchievement(session.adminToken(), issuance.achievementNamed(name));
        });
        int heldCount = Math.min(o.credentials, achievements);
        List<String> held = List.of(Arrays.copyOfRange(ids, 0, heldCount));
        List<String> missing = new ArrayList<>(List.of(Arrays.copyOfRange(ids, achievements, achievements + MISSING)));
        missing.addAll(List.of(Arrays.copyOfRange(ids, heldCount, achievements)));
        String target = ids[total - 1];

        List<QualificationPlan.Planned> plan = QualificationPlan.plan(qualifications, tag, target, held, missing,
                tag.hashCode(), ctx.json());
        metByLearner = (int) plan.stream().filter(QualificationPlan.Planned::metByHolder).count();
        err.println("[setup] " + affectedLine(plan, held));
        RecognitionClient recognition = new RecognitionClient(ctx, recognitionUrl);
        ParallelTasks.run("qualifications", "published", plan.size(), 2, o.progress, err,
                n -> recognition.defineAndPublish(session.adminToken(), plan.get((int) n).json()));

        String email = IssuanceClient.recipientEmail(tag, 0);
        String[] issued = new String[o.credentials];
        issued[0] = IssueScenario.probe(issuance, withAchievement(ids[0]), email, null).id();
        ParallelTasks.run("credentials", "issued", o.credentials - 1, 4, o.progress, err, n -> {
            int i = (int) n + 1;
            HttpResponse<String> r = issuance.issue(withAchievement(ids[i % achievements]), email);
            IssuanceClient.expect(r, 201, "issue credential " + (i + 1) + " to the learner");
            issued[i] = issuance.parseIssued(r.body()).id();
        });
        credentialIds = List.of(issued);
        recipientRef = LearnerRowsRead.recipientRef(db, credentialIds.get(0), WAIT_BOUND);
        err.println("[setup] " + credentialIds.size() + " credentials issued to " + email + " (recipientRef "
                + recipientRef.substring(0, 12) + "...)");
        awaitRecorded(db);
        publishedOnStack = LearnerRowsRead.publishedQualifications(db);
        awaitQuiet("setup", db);
    }

    private IssuanceClient.Session withAchievement(String achievementId) {
        return new IssuanceClient.Session(session.issuerId(), session.adminToken(), achievementId);
    }

    /** Until recognition's learner_credential holds every credential of the learner. */
    private void awaitRecorded(Connection db) throws Exception {
        long deadline = System.nanoTime() + WAIT_BOUND.toNanos();
        AtomicLong recorded = new AtomicLong();
        try (CountProgress line = CountProgress.start("recorded", "credentials at recognition", credentialIds.size(),
                recorded::get, () -> 0, o.progress, err)) {
            while (true) {
                recorded.set(LearnerRowsRead.count(db, recipientRef));
                if (recorded.get() >= credentialIds.size()) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("recognition holds " + recorded.get() + " of the learner's "
                            + credentialIds.size() + " credentials after " + Durations.format(WAIT_BOUND));
                }
                Thread.sleep(poll().toMillis());
            }
        }
    }

    /**
     * Until the last event sent (if any) is applied by recognition, the progress queue is empty and the re-evaluation
     * counter has not moved for {@link #STABLE}; returns that counter.
     */
    private long awaitQuiet(String what, Connection db) throws Exception {
        long start = System.nanoTime();
        long deadline = start + WAIT_BOUND.toNanos();
        long lastPrint = start;
        long stableSince = 0;
        long counter = -1;
        while (true) {
            OperatorClient.ProgressStatus s = operator.progress(recognitionUrl);
            boolean applied = LearnerRowsRead.statuses(db, expected.keySet()).equals(expected);
            long now = System.nanoTime();
            if (s.queued() == 0 && applied && s.reevaluated() == counter) {
                if (now - stableSince >= STABLE.toNanos()) {
                    return counter;
                }
            } else {
                counter = s.reevaluated();
                stableSince = now;
            }
            if (now > deadline) {
                throw new IllegalStateException(what + ": recognition not quiet after " + Durations.format(WAIT_BOUND)
                        + " (queued " + s.queued() + ", events applied " + applied + ")");
            }
            if (o.progress != null && !o.progress.isZero() && now - lastPrint >= o.progress.toNanos()) {
                err.println("[" + what + " " + Format.fixed((now - start) / 1e9, 1) + "s] waiting: queued "
                        + s.queued() + ", re-evaluated " + s.reevaluated() + ", events applied " + applied);
                lastPrint = now;
            }
            Thread.sleep(poll().toMillis());
        }
    }

    private Duration poll() {
        return o.poll != null ? o.poll : DEFAULT_POLL;
    }

    // ------------------------------------------------------------------------------------------------ one run

    private Result once(Connection db, String heading) throws Exception {
        if (o.warmupEvents > 0) {
            send(o.warmupEvents, "warm-up", null);
        }
        long before = awaitQuiet("before " + heading, db);
        long[] callMicros = new long[(int) events];
        long start = System.nanoTime();
        long[] outcome = send(events, heading, callMicros);
        double sendSeconds = (System.nanoTime() - start) / 1e9;
        if (outcome == null) {
            return null;
        }
        awaitQuiet("after " + heading, db);
        ReevaluationTimings timings = operator.timings(recognitionUrl, before);
        if (!timings.complete(before)) {
            err.println("[bench] warning: recognition no longer keeps every re-evaluation after #" + before
                    + " (it keeps the last 20,000): the figures are over #" + timings.from() + " to #"
                    + timings.last());
        }
        LearnerRowsRead.Result raw = LearnerRowsRead.measure(db, List.of(recipientRef), Math.min(100, o.rawReads),
                o.rawReads);
        return new Result(outcome[0], outcome[1], sendSeconds, ReevaluationTimings.percentiles(callMicros), timings,
                raw);
    }

    /**
     * Sends {@code count} events in the open model: event i is due at start + i/rate and is handed to a worker then,
     * whatever the earlier ones are doing, except that the events of one credential (suspend, then reinstate) are
     * sent one after the other. {@code callMicros} gets each event's time from its due time to issuance's answer.
     * Returns {sent, errors} once every event is answered, or null when interrupted.
     */
    private long[] send(long count, String label, long[] callMicros) throws Exception {
        AtomicLong sent = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Map<String, CompletableFuture<Void>> chains = new HashMap<>();
        List<CompletableFuture<Void>> all = new ArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(SENDERS, new DaemonThreads("bench-events"));
        long start = System.nanoTime();
        try (CountProgress line = CountProgress.start(label, "events answered", count, sent::get, errors::get,
                o.progress, err)) {
            for (long i = 0; i < count; i++) {
                if (interrupted.getAsBoolean()) {
                    return null;
                }
                long due = start + Math.round(i * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                long n = eventCounter++;
                String credential = credentialIds.get((int) ((n / 2) % credentialIds.size()));
                boolean suspend = n % 2 == 0;
                int slot = (int) i;
                CompletableFuture<Void> next = chains.getOrDefault(credential, CompletableFuture.completedFuture(null))
                        .thenRunAsync(() -> {
                            boolean ok = event(n, credential, suspend);
                            if (callMicros != null) {
                                callMicros[slot] = (System.nanoTime() - due) / 1000;
                            }
                            sent.incrementAndGet();
                            if (!ok) {
                                errors.incrementAndGet();
                            }
                        }, workers);
                chains.put(credential, next);
                all.add(next);
            }
            CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])).join();
        } finally {
            workers.shutdownNow();
        }
        return new long[] {sent.get(), errors.get()};
    }

    /** Event n: suspend the credential, or reinstate it; false (and a line on stderr) when issuance refused. */
    private boolean event(long n, String credential, boolean suspend) {
        try {
            HttpResponse<String> r = suspend
                    ? issuance.suspend(session, credential, "bench progress-reevaluation event " + n)
                    : issuance.reinstate(session, credential);
            if (r.statusCode() == 200) {
                expected.put(credential, suspend ? "SUSPENDED" : "ACTIVE");
                return true;
            }
            err.println("[bench] " + (suspend ? "suspend " : "reinstate ") + credential + ": HTTP " + r.statusCode()
                    + " " + IssuanceClient.snippet(r.body()));
        } catch (Exception e) {
            err.println("[bench] " + (suspend ? "suspend " : "reinstate ") + credential + ": " + e);
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------------ report

    private void print(Result r, String heading) {
        ReevaluationTimings t = r.timings();
        LatencySummary e = t.evaluation();
        LatencySummary l = t.latency();
        LearnerRowsRead.Result raw = r.rawRead();
        out.println("== " + heading + " ==");
        out.printf(Locale.ROOT, "events      %d sent in %.1f s (%.1f/s), errors %d; due -> issuance answered p50 %.3f ms"
                + "  p99 %.3f ms%n", r.sent(), r.sendSeconds(), r.sent() / r.sendSeconds(), r.errors(),
                r.call().p50Ms(), r.call().p99Ms());
        out.printf(Locale.ROOT, "observed    %d re-evaluations (#%d to #%d) for %d events; failed since start %d%s%n",
                t.count(), t.from() + 1, t.last(), r.sent() - r.errors(), t.failed(),
                t.count() < r.sent() - r.errors() ? " (a learner still queued when the next event arrives is "
                        + "re-evaluated once for both)" : t.count() > r.sent() - r.errors()
                        ? " (more than events: other learners were re-evaluated too)" : "");
        out.println("evaluation  " + line(e) + "  read records + evaluate those of the " + publishedOnStack
                + " qualifications the achievement is in + store");
        out.println("latency     " + line(l) + "  queued by the projection -> committed");
        out.println("raw read    " + line(raw.latency()) + "  " + raw.rows() + " learner_credential rows, "
                + o.rawReads + " reads alone on one connection");
        out.printf(Locale.ROOT, "            evaluation p50 is %.1fx the raw read p50%n",
                raw.latency().p50Ms() > 0 ? e.p50Ms() / raw.latency().p50Ms() : 0);
        out.printf(Locale.ROOT, "bar         p99 <= %.0f ms: evaluation %.3f ms, latency %.3f ms%n", BAR_MS, e.p99Ms(),
                l.p99Ms());
    }

    /**
     * How many of the qualifications name each held achievement: a credential event re-evaluates those (D40), the
     * others' progress cannot change.
     */
    static String affectedLine(List<QualificationPlan.Planned> plan, List<String> held) {
        int[] naming = held.stream().mapToInt(a -> (int) plan.stream().filter(q -> q.components().contains(a))
                .count()).sorted().toArray();
        return String.format(Locale.ROOT, "an event's achievement is a component of %d to %d of the %d qualifications"
                        + " (median %d; %d of %d achievements in none): recognition re-evaluates those (D40)",
                naming[0], naming[naming.length - 1], plan.size(), naming[naming.length / 2],
                java.util.Arrays.stream(naming).filter(n -> n == 0).count(), naming.length);
    }

    private static String line(LatencySummary s) {
        return String.format(Locale.ROOT, "p50 %.3f ms  p90 %.3f ms  p99 %.3f ms  max %.3f ms  (count %d)", s.p50Ms(),
                s.p90Ms(), s.p99Ms(), s.maxMs(), s.count());
    }

    /** Evaluation, latency and raw read of one run as CSV summaries. */
    private Summary[] summaries(Result r) {
        double seconds = r.sendSeconds();
        ReevaluationTimings t = r.timings();
        double perSecond = seconds > 0 ? t.count() / seconds : 0;
        Summary evaluation = new Summary(SCENARIO + ":evaluation", "rate", rate, seconds, t.count(), r.errors(),
                perSecond, t.evaluation(), Map.of(), Map.of(), 1);
        Summary latency = new Summary(SCENARIO + ":latency", "rate", rate, seconds, t.count(), r.errors(), perSecond,
                t.latency(), Map.of(), Map.of(), 1);
        LearnerRowsRead.Result raw = r.rawRead();
        Summary rawRead = new Summary(SCENARIO + ":raw-read", "raw", raw.rows(), raw.seconds(),
                raw.latency().count(), 0, raw.seconds() > 0 ? raw.latency().count() / raw.seconds() : 0,
                raw.latency(), Map.of(), Map.of(), 1);
        return new Summary[] {evaluation, latency, rawRead};
    }

    private void printMedians(List<Summary> evaluation, List<Summary> latency, List<Summary> raw,
                              CsvResultWriter csv) throws Exception {
        Summary e = Summary.median(evaluation);
        Summary l = Summary.median(latency);
        Summary r = Summary.median(raw);
        out.println("== median of " + evaluation.size() + " runs ==");
        out.printf(Locale.ROOT, "%-8s %8s %12s %12s %12s %12s %12s%n", "run", "reevals", "eval p50", "eval p99",
                "lat p50", "lat p99", "raw p50");
        for (int i = 0; i < evaluation.size(); i++) {
            out.printf(Locale.ROOT, "%-8s %8d %12.3f %12.3f %12.3f %12.3f %12.3f%n", Integer.toString(i + 1),
                    evaluation.get(i).count(), evaluation.get(i).latency().p50Ms(),
                    evaluation.get(i).latency().p99Ms(), latency.get(i).latency().p50Ms(),
                    latency.get(i).latency().p99Ms(), raw.get(i).latency().p50Ms());
        }
        out.printf(Locale.ROOT, "%-8s %8d %12.3f %12.3f %12.3f %12.3f %12.3f%n", "median", e.count(),
                e.latency().p50Ms(), e.latency().p99Ms(), l.latency().p50Ms(), l.latency().p99Ms(),
                r.latency().p50Ms());
        out.println("evaluation  " + line(e.latency()));
        out.println("latency     " + line(l.latency()));
        out.println("raw read    " + line(r.latency()));
        if (csv != null) {
            String label = join(o.label, "median of " + evaluation.size());
            csv.append(e, label, Instant.now());
            csv.append(l, label, Instant.now());
            csv.append(r, label, Instant.now());
        }
    }

    private static String join(String label, String suffix) {
        return label == null || label.isEmpty() ? suffix : label + " " + suffix;
    }
}
