package org.credstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code progress-rebuild}: rebuilding recognition's progress from the event topics (the bar: 1,000,000 credential
 * events of 200,000 learners in under 60 s).
 * <p>
 * Seeding (skipped with {@code --no-seed}, when the topics already hold the events): a new issuer,
 * {@code --achievements} published achievements and one the qualifications award, {@code --qualifications} published
 * qualifications over them ({@link QualificationPlan}: 10–12 components each, so a learner with a handful of
 * credentials meets none), one credential issued through the API and its {@code CredentialIssued} read back as a
 * template, then {@code --events} synthetic {@code CredentialIssued} records ({@link SyntheticCredentials}) produced to
 * credstack.issuance.v1, spread round-robin over {@code --learners} recipientRefs, each of a random published
 * achievement. Then a wait until the live projections (recognition's learner-credentials, the wallet's
 * wallet-credentials) have consumed everything (lag 0) and the progress queue is empty, with every counter unchanged
 * for {@code --settle}, so that the rebuild is measured on a quiet machine.
 * <p>
 * Each run ({@code --repeat}): POST {@code /admin/projections/learner-credentials/rebuild} on recognition, followed
 * until DONE from the projection's own progress ({@code rebuild}: POST → DONE seen); then the progress worker drains
 * the queue the rebuild filled, one entry per learner ({@code progress}: DONE seen → queue empty). Total = both;
 * events/s = records replayed / total. After each run the raw limits on the same data ({@link RebuildLimits}): the
 * three topics consumed alone from offset zero, and a COPY of the new generation's learner_credential rows.
 */
final class ProgressRebuildRun {

    static final int DEFAULT_ACHIEVEMENTS = 20;
    static final int DEFAULT_QUALIFICATIONS = 10;
    static final long DEFAULT_EVENTS = 1_000_000;
    static final Duration DEFAULT_POLL = Duration.ofMillis(500);
    /** A rebuild or a drain that makes no progress for this long fails the run. */
    static final Duration STALL = Duration.ofMinutes(3);
    static final Duration TEMPLATE_BOUND = Duration.ofSeconds(60);
    static final double BAR_SECONDS = 60;
    static final String SCENARIO = "progress-rebuild";
    static final String MODE = "rebuild";

    /** One run's figures. */
    record Result(OperatorClient.Rebuild rebuild, double rebuildSeconds, double progressSeconds, long reevaluated,
                  RebuildLimits.Consumed consumed, Summary copy, java.util.Optional<MachineCpu.Use> cpu) {

        double totalSeconds() {
            return rebuildSeconds + progressSeconds;
        }

        double eventsPerSecond() {
            return totalSeconds() > 0 ? rebuild.done() / totalSeconds() : 0;
        }

        double replayPerSecond() {
            return rebuildSeconds > 0 ? rebuild.done() / rebuildSeconds : 0;
        }
    }

    private final CliOptions o;
    private final PrintStream out;
    private final PrintStream err;
    private final BooleanSupplier interrupted;
    private final int achievements;
    private final int qualifications;
    private final long events;

    private OperatorClient operator;
    private String recognitionUrl;
    private String walletUrl;
    private RebuildLimits limits;

    ProgressRebuildRun(CliOptions o, PrintStream out, PrintStream err, BooleanSupplier interrupted) {
        this.o = o;
        this.out = out;
        this.err = err;
        this.interrupted = interrupted;
        this.achievements = o.achievements != null ? o.achievements : DEFAULT_ACHIEVEMENTS;
        this.qualifications = o.qualifications != null ? o.qualifications : DEFAULT_QUALIFICATIONS;
        this.events = o.events != null ? o.events : DEFAULT_EVENTS;
    }

    int run() throws Exception {
        BenchContext ctx = BenchContext.create(o.timeout, false);
        JsonNode stack = RebuildLimits.readStack(o.stack);
        IssuanceTarget target = IssuanceTarget.resolve(o.stack, o.issuanceUrl, o.tokenUrl, null, null, null,
                ctx.json());
        recognitionUrl = o.recognitionUrl != null ? o.recognitionUrl : StackUrls.service(stack, "recognition");
        walletUrl = o.walletUrl != null ? o.walletUrl : StackUrls.service(stack, "wallet");
        limits = new RebuildLimits(RebuildLimits.LEARNER_CREDENTIALS, stack, o.progress, out, err);
        err.println("[setup] " + target.describe() + ", recognition " + recognitionUrl + ", wallet " + walletUrl
                + ", Kafka " + limits.bootstrap());
        IssuanceClient issuance = new IssuanceClient(ctx, target);
        operator = new OperatorClient(ctx, issuance.mintToken("bench-operator", List.of("operator"), null));
        CsvResultWriter csv = o.csv != null ? new CsvResultWriter(o.csv) : null;

        out.println("credstack-bench: " + SCENARIO + " | " + (o.noSeed ? "no seeding (--no-seed)" : events
                + " synthetic CredentialIssued over " + o.learners + " learners, " + achievements + " achievements, "
                + qualifications + " qualifications") + (o.repeat > 1 ? " | repeat " + o.repeat : ""));
        try (TopicFacts topics = new TopicFacts(limits.bootstrap())) {
            if (!o.noSeed) {
                seed(ctx, issuance);
            }
            awaitQuiet(topics);
            List<String> replayed = RebuildLimits.LEARNER_CREDENTIALS.topics();
            out.printf(Locale.ROOT, "data       %d records on %s, %.1f MB in Kafka's log directories%n",
                    topics.records(replayed), String.join(" + ", replayed), topics.bytes(replayed) / 1e6);
        }
        out.println("note       the synthetic records carry the template's proof and VC-JWT, which do not match their "
                + "new ids; nothing on the rebuild path verifies signatures");

        List<Summary[]> runs = new ArrayList<>();
        for (int r = 1; r <= o.repeat && !interrupted.getAsBoolean(); r++) {
            String heading = o.repeat > 1 ? "run " + r + "/" + o.repeat : "result";
            Result result = once(r);
            if (result == null) {
                break;
            }
            print(result, heading);
            Summary[] s = summaries(result);
            runs.add(s);
            if (csv != null) {
                String label = o.repeat > 1 ? join(o.label, "run " + r + "/" + o.repeat) : o.label;
                for (Summary one : s) {
                    csv.append(one, label, Instant.now());
                }
            }
            out.println();
        }
        if (runs.size() > 1) {
            printMedians(runs, csv);
        }
        if (csv != null) {
            out.println("csv        " + csv.file());
        }
        if (interrupted.getAsBoolean()) {
            err.println("[bench] interrupted: results above are partial");
        }
        return Main.EXIT_OK;
    }

    // ------------------------------------------------------------------------------------------------ seeding

    private void seed(BenchContext ctx, IssuanceClient issuance) throws Exception {
        String tag = IssuanceClient.runTag();
        IssuanceClient.Session session = issuance.registerIssuer(tag);
        err.println("[seed] issuer " + session.issuerId() + " registered");
        String[] ids = new String[achievements + 1];
        ParallelTasks.run("achievements", "published", ids.length, 4, o.progress, err, n -> ids[(int) n] =
                issuance.publishAchievement(session.adminToken(), issuance.achievementNamed(n < achievements
                        ? "Bench Module " + tag + " " + (n + 1) : "Bench Certificate " + tag)));
        List<String> published = List.of(ids).subList(0, achievements);
        List<QualificationPlan.Planned> plan = QualificationPlan.plan(qualifications, tag, ids[achievements],
                published, List.of(), tag.hashCode(), ctx.json());
        RecognitionClient recognition = new RecognitionClient(ctx, recognitionUrl);
        ParallelTasks.run("qualifications", "published", plan.size(), 2, o.progress, err,
                n -> recognition.defineAndPublish(session.adminToken(), plan.get((int) n).json()));

        IssuanceClient.Session first = new IssuanceClient.Session(session.issuerId(), session.adminToken(), ids[0]);
        Map<String, ConsumerRecord<String, byte[]>> templates = SyntheticCredentials.issueAndReadBack(
                limits.bootstrap(), Map.of(RebuildLimits.ISSUANCE_TOPIC, SyntheticCredentials.TYPE,
                        RebuildLimits.ISSUANCE_BRIEF_TOPIC, SyntheticCredentials.BRIEF_TYPE),
                () -> IssueScenario.probe(issuance, first, IssuanceClient.recipientEmail(tag, 0), null).id(),
                TEMPLATE_BOUND);
        ConsumerRecord<String, byte[]> template = templates.get(RebuildLimits.ISSUANCE_TOPIC);
        ConsumerRecord<String, byte[]> brief = templates.get(RebuildLimits.ISSUANCE_BRIEF_TOPIC);
        for (ConsumerRecord<String, byte[]> t : List.of(template, brief)) {
            err.println("[seed] template: " + SyntheticCredentials.header(t.headers(), "ce_type") + " of " + t.key()
                    + " (" + t.value().length + " bytes, " + t.headers().toArray().length + " headers, " + t.topic()
                    + "-" + t.partition() + "@" + t.offset() + ")");
        }
        produce(SyntheticCredentials.of(template, ctx.json()), SyntheticCredentials.of(brief, ctx.json()), tag,
                published);
    }

    /**
     * The producer the services' relay would be with a batch in mind: acks=all, idempotent, no compression (the
     * services set none), linger 20 ms, 1 MiB batches.
     */
    static Properties producerProperties(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-progress-rebuild");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(1 << 20));
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(64L << 20));
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return p;
    }

    /** Each synthetic credential twice, as issuance's relay sends it: CredentialIssued, and in brief (D42). */
    private void produce(SyntheticCredentials synthetic, SyntheticCredentials brief, String tag,
                         List<String> published) throws Exception {
        AtomicLong acked = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicReference<Exception> firstError = new AtomicReference<>();
        long bytes = 0;
        long briefBytes = 0;
        long start = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProperties(limits.bootstrap()));
             CountProgress line = CountProgress.start("seed", "records acknowledged", events, acked::get,
                     failed::get, o.progress, err)) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (long n = 0; n < events && firstError.get() == null; n++) {
                if (interrupted.getAsBoolean()) {
                    throw new IllegalStateException("interrupted while seeding: " + n + " records sent");
                }
                String eventId = UUID.randomUUID().toString();
                String credentialId = UUID.randomUUID().toString();
                String ref = SyntheticCredentials.recipientRef(tag, n % o.learners);
                String achievement = published.get(random.nextInt(published.size()));
                Instant at = Instant.now();
                ProducerRecord<String, byte[]> record = synthetic.record(eventId, credentialId, ref, achievement, at);
                ProducerRecord<String, byte[]> recorded = brief.record(eventId, credentialId, ref, achievement, at);
                bytes += record.value().length;
                briefBytes += recorded.value().length;
                producer.send(record, (metadata, e) -> {
                    if (e == null) {
                        acked.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                        firstError.compareAndSet(null, e);
                    }
                });
                producer.send(recorded, (metadata, e) -> {
                    if (e != null) {
                        failed.incrementAndGet();
                        firstError.compareAndSet(null, e);
                    }
                });
            }
            producer.flush();
        }
        if (firstError.get() != null) {
            throw new IllegalStateException("producing the synthetic records failed (" + failed.get() + " failed)",
                    firstError.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "seeded     %d CredentialIssued records over %d learners (%.1f MB of values, %d B "
                + "each; in brief %.1f MB, %d B each) in %.1f s: %.0f credentials/s%n", acked.get(),
                Math.min(o.learners, events), bytes / 1e6, events > 0 ? bytes / events : 0, briefBytes / 1e6,
                events > 0 ? briefBytes / events : 0, seconds, acked.get() / seconds);
    }

    // ------------------------------------------------------------------------------------------------ quiet

    /**
     * Until recognition's learner-credentials and the wallet's wallet-credentials have no lag, recognition's progress
     * queue is empty, and their applied counters and the re-evaluation counter have not moved for {@code --settle}.
     */
    private void awaitQuiet(TopicFacts topics) throws Exception {
        long start = System.nanoTime();
        long lastPrint = start;
        long stableSince = start;
        long lastChange = start;
        long printedReevaluated = -1;
        List<Long> previous = null;
        while (!interrupted.getAsBoolean()) {
            OperatorClient.Projection learnerCredentials = operator.projection(recognitionUrl,
                    RebuildLimits.LEARNER_CREDENTIALS.projection());
            OperatorClient.Projection walletCredentials = operator.projection(walletUrl,
                    RebuildLimits.WALLET_CREDENTIALS.projection());
            OperatorClient.ProgressStatus progress = operator.progress(recognitionUrl);
            long recognitionLag = topics.lag(learnerCredentials.consumerGroup(),
                    RebuildLimits.LEARNER_CREDENTIALS.topics());
            long walletLag = topics.lag(walletCredentials.consumerGroup(), RebuildLimits.WALLET_CREDENTIALS.topics());
            List<Long> counters = List.of(learnerCredentials.applied(), walletCredentials.applied(),
                    progress.reevaluated());
            long now = System.nanoTime();
            if (!counters.equals(previous) || recognitionLag > 0 || walletLag > 0 || progress.queued() > 0) {
                stableSince = now;
            }
            if (!counters.equals(previous)) {
                lastChange = now;
            }
            if (now - stableSince >= o.settle.toNanos() && previous != null) {
                err.printf(Locale.ROOT, "[quiet %.1fs] lag 0, queue empty, counters unchanged for %s%n",
                        (now - start) / 1e9, Durations.format(o.settle));
                return;
            }
            if (now - lastChange > STALL.toNanos()) {
                throw new IllegalStateException("the stack is not getting quiet: nothing moved for "
                        + Durations.format(STALL) + " (learner-credentials lag " + recognitionLag + ", wallet-credentials"
                        + " lag " + walletLag + ", progress queued " + progress.queued() + ")");
            }
            if (o.progress != null && !o.progress.isZero() && now - lastPrint >= o.progress.toNanos()) {
                double rate = printedReevaluated < 0 ? 0 : (progress.reevaluated() - printedReevaluated)
                        / ((now - lastPrint) / 1e9);
                long eta = CountProgress.eta(progress.queued(), rate);
                err.printf(Locale.ROOT, "[quiet %.1fs] learner-credentials applied %d lag %d | wallet-credentials "
                                + "applied %d lag %d | progress queued %d re-evaluated %d %.1f/s ETA %s%n",
                        (now - start) / 1e9, learnerCredentials.applied(), recognitionLag, walletCredentials.applied(),
                        walletLag, progress.queued(), progress.reevaluated(), rate, eta < 0 ? "?" : eta + "s");
                lastPrint = now;
                printedReevaluated = progress.reevaluated();
            }
            previous = counters;
            Thread.sleep(poll().toMillis());
        }
    }

    private Duration poll() {
        return o.poll != null ? o.poll : DEFAULT_POLL;
    }

    // ------------------------------------------------------------------------------------------------ one run

    private Result once(int run) throws Exception {
        String name = RebuildLimits.LEARNER_CREDENTIALS.projection();
        long reevaluatedBefore = operator.progress(recognitionUrl).reevaluated();
        java.util.Optional<MachineCpu.Reading> cpuAtStart = MachineCpu.read();
        long t0 = System.nanoTime();
        OperatorClient.Rebuild rebuild = operator.rebuild(recognitionUrl, name);
        int generation = rebuild.generation();
        err.println("[rebuild " + run + "] " + name + " of recognition into generation " + generation);
        long lastPrint = t0;
        long lastMove = t0;
        long lastDone = -1;
        while (!rebuild.finished()) {
            if (interrupted.getAsBoolean()) {
                err.println("[bench] stopped following: the rebuild keeps running on the service");
                return null;
            }
            Thread.sleep(poll().toMillis());
            OperatorClient.Rebuild seen = operator.projection(recognitionUrl, name).rebuild();
            if (seen != null && seen.generation() == generation) {
                rebuild = seen;
            }
            long now = System.nanoTime();
            if (rebuild.done() != lastDone || !"REPLAYING".equals(rebuild.state())) {
                lastDone = rebuild.done();
                lastMove = now;
            } else if (now - lastMove > STALL.toNanos()) {
                throw new IllegalStateException("the rebuild made no progress for " + Durations.format(STALL));
            }
            if (o.progress != null && !o.progress.isZero() && now - lastPrint >= o.progress.toNanos()) {
                err.printf(Locale.ROOT, "[rebuild %d %.1fs] %s  %d/%d records  %.1f/s  ETA %s%n", run,
                        (now - t0) / 1e9, rebuild.state(), rebuild.done(), rebuild.total(), rebuild.ratePerSecond(),
                        rebuild.etaSeconds() == null ? "?" : rebuild.etaSeconds() + "s");
                lastPrint = now;
            }
        }
        long t1 = System.nanoTime();
        if ("FAILED".equals(rebuild.state())) {
            throw new IllegalStateException("the rebuild of " + name + " (generation " + generation + ") FAILED: "
                    + rebuild.error());
        }
        err.printf(Locale.ROOT, "[rebuild %d %.1fs] DONE  %d records (service: %.1f s)%n", run, (t1 - t0) / 1e9,
                rebuild.done(), rebuild.serverSeconds());

        OperatorClient.ProgressStatus progress = operator.progress(recognitionUrl);
        long startQueued = progress.queued();
        long atDone = progress.reevaluated();
        long prevReevaluated = atDone;
        long lastSeen = atDone;
        lastPrint = t1;
        lastMove = t1;
        while (progress.queued() > 0) {
            if (interrupted.getAsBoolean()) {
                return null;
            }
            Thread.sleep(poll().toMillis());
            progress = operator.progress(recognitionUrl);
            long now = System.nanoTime();
            if (progress.reevaluated() != lastSeen) {
                lastSeen = progress.reevaluated();
                lastMove = now;
            } else if (now - lastMove > STALL.toNanos()) {
                throw new IllegalStateException("the progress queue did not move for " + Durations.format(STALL)
                        + " (" + progress.queued() + " queued)");
            }
            if (o.progress != null && !o.progress.isZero() && now - lastPrint >= o.progress.toNanos()) {
                double rate = (progress.reevaluated() - prevReevaluated) / ((now - lastPrint) / 1e9);
                long eta = CountProgress.eta(progress.queued(), (progress.reevaluated() - atDone) / ((now - t1) / 1e9));
                err.printf(Locale.ROOT, "[progress %d %.1fs] queued %d of %d  re-evaluated %d  %.1f/s  ETA %s%n", run,
                        (now - t1) / 1e9, progress.queued(), startQueued, progress.reevaluated() - reevaluatedBefore,
                        rate, eta < 0 ? "?" : eta + "s");
                lastPrint = now;
                prevReevaluated = progress.reevaluated();
            }
        }
        long t2 = System.nanoTime();
        java.util.Optional<MachineCpu.Use> cpu = MachineCpu.between(cpuAtStart, MachineCpu.read());
        long reevaluated = progress.reevaluated() - reevaluatedBefore;
        err.printf(Locale.ROOT, "[progress %d %.1fs] queue empty: %d learners re-evaluated (failed since start %d)%n",
                run, (t2 - t1) / 1e9, reevaluated, progress.failed());

        RebuildLimits.Consumed consumed = limits.consume(run);
        Summary copy;
        try (Connection c = limits.connect()) {
            String schema = limits.servingSchema(c);
            copy = limits.copy(c, schema, limits.readRows(c, schema), run);
        }
        return new Result(rebuild, (t1 - t0) / 1e9, (t2 - t1) / 1e9, reevaluated, consumed, copy, cpu);
    }

    // ------------------------------------------------------------------------------------------------ report

    private void print(Result r, String heading) {
        OperatorClient.Rebuild b = r.rebuild();
        out.println("== " + heading + " ==");
        out.printf(Locale.ROOT, "rebuild    %.1f s  %d records replayed, %.0f records/s (POST -> DONE seen; the "
                + "service timed %.1f s)%n", r.rebuildSeconds(), b.done(), r.replayPerSecond(), b.serverSeconds());
        out.printf(Locale.ROOT, "progress   %.1f s  %d learners re-evaluated, %.0f/s (DONE seen -> queue empty)%n",
                r.progressSeconds(), r.reevaluated(), r.progressSeconds() > 0 ? r.reevaluated() / r.progressSeconds()
                        : 0);
        out.printf(Locale.ROOT, "total      %.1f s  %.0f events/s  (bar: under %.0f s)%n", r.totalSeconds(),
                r.eventsPerSecond(), BAR_SECONDS);
        r.cpu().ifPresent(use -> out.println("cpu        rebuild + progress: " + use.describe()));
        double consume = r.consumed().summary().throughput();
        double copy = r.copy().throughput();
        out.printf(Locale.ROOT, "raw        Kafka consume %.0f records/s (%d in %.1f s), COPY %.0f rows/s (%d rows)%n",
                consume, r.consumed().records(), r.consumed().seconds(), copy, r.copy().count());
        out.printf(Locale.ROOT, "ratio      replay %.0f records/s = %.1f%% of Kafka consume, %.1f%% of COPY; "
                        + "rebuild + progress %.0f events/s = %.1f%% of Kafka consume, %.1f%% of COPY%n",
                r.replayPerSecond(), percent(r.replayPerSecond(), consume), percent(r.replayPerSecond(), copy),
                r.eventsPerSecond(), percent(r.eventsPerSecond(), consume), percent(r.eventsPerSecond(), copy));
    }

    private static double percent(double part, double whole) {
        return whole > 0 ? 100 * part / whole : 0;
    }

    /** Total, replay, progress, raw consume, raw COPY of one run as CSV summaries. */
    private static Summary[] summaries(Result r) {
        long records = r.rebuild().done();
        return new Summary[] {
                summary(SCENARIO, records, r.totalSeconds(), records, r.eventsPerSecond()),
                summary(SCENARIO + ":replay", records, r.rebuildSeconds(), records, r.replayPerSecond()),
                summary(SCENARIO + ":progress", records, r.progressSeconds(), r.reevaluated(),
                        r.progressSeconds() > 0 ? r.reevaluated() / r.progressSeconds() : 0),
                r.consumed().summary(),
                r.copy()};
    }

    private static Summary summary(String scenario, long target, double seconds, long count, double rate) {
        return new Summary(scenario, MODE, target, seconds, count, 0, rate, LatencySummary.EMPTY, Map.of(), Map.of(),
                1);
    }

    private void printMedians(List<Summary[]> runs, CsvResultWriter csv) throws Exception {
        int kinds = runs.get(0).length;
        Summary[] medians = new Summary[kinds];
        for (int k = 0; k < kinds; k++) {
            List<Summary> each = new ArrayList<>();
            for (Summary[] run : runs) {
                each.add(run[k]);
            }
            medians[k] = Summary.median(each);
        }
        out.println("== median of " + runs.size() + " runs ==");
        out.printf(Locale.ROOT, "%-8s %10s %10s %10s %12s %14s %12s%n", "run", "rebuild s", "progress s", "total s",
                "events/s", "consume rec/s", "copy rows/s");
        for (int i = 0; i <= runs.size(); i++) {
            Summary[] s = i < runs.size() ? runs.get(i) : medians;
            out.printf(Locale.ROOT, "%-8s %10.1f %10.1f %10.1f %12.0f %14.0f %12.0f%n",
                    i < runs.size() ? Integer.toString(i + 1) : "median", s[1].durationSeconds(),
                    s[2].durationSeconds(), s[0].durationSeconds(), s[0].throughput(), s[3].throughput(),
                    s[4].throughput());
        }
        if (csv != null) {
            String label = join(o.label, "median of " + runs.size());
            for (Summary m : medians) {
                csv.append(m, label, Instant.now());
            }
        }
    }

    private static String join(String label, String suffix) {
        return label == null || label.isEmpty() ? suffix : label + " " + suffix;
    }
}
