package org.credstack.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Command line entry point; see {@link #USAGE}. */
public final class Main {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    public static final String USAGE = Usage.TEXT;

    private volatile LoadGenerator current;
    private volatile boolean interrupted;

    public static void main(String[] args) {
        Main cli = new Main();
        CountDownLatch finished = new CountDownLatch(1);
        Thread mainThread = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (finished.getCount() > 0) {
                cli.interrupt();
                try {
                    finished.await(10, TimeUnit.SECONDS); // let the interrupted run print its summary
                } catch (InterruptedException ignored) {
                    mainThread.interrupt();
                }
            }
        }, "bench-shutdown"));
        int code;
        try {
            code = cli.execute(args, System.out, System.err);
        } finally {
            finished.countDown();
        }
        System.exit(code);
    }

    /** Runs the command line and returns the exit code (no {@code System.exit}); for tests and embedding. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new Main().execute(args, out, err);
    }

    /** Stops the run in progress (its partial results are still reported) and skips remaining repeats. */
    public void interrupt() {
        interrupted = true;
        LoadGenerator g = current;
        if (g != null) {
            g.stop();
        }
    }

    int execute(String[] args, PrintStream out, PrintStream err) {
        CliOptions o;
        try {
            o = CliOptions.parse(args);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println("Run with --help for usage.");
            return EXIT_USAGE;
        }
        if (o.help) {
            out.print(USAGE);
            return EXIT_OK;
        }
        if (o.command.equals("bulk")) {
            try {
                return new BulkRun(o, out, err, () -> interrupted).run();
            } catch (Exception e) {
                err.println("error: run failed: " + e);
                return EXIT_FAILURE;
            }
        }
        if (o.command.equals("rebuild-limits")) {
            try {
                return RebuildLimits.command(o, out, err);
            } catch (Exception e) {
                err.println("error: run failed: " + e);
                return EXIT_FAILURE;
            }
        }
        if (o.command.equals("progress-reevaluation") || o.command.equals("progress-rebuild")) {
            try {
                return o.command.equals("progress-reevaluation")
                        ? new ProgressReevaluationRun(o, out, err, () -> interrupted).run()
                        : new ProgressRebuildRun(o, out, err, () -> interrupted).run();
            } catch (Exception e) {
                err.println("error: run failed: " + e);
                return EXIT_FAILURE;
            }
        }
        if (o.command.equals("raw")) {
            try {
                return runRaw(o, out, err);
            } catch (Exception e) {
                err.println("error: run failed: " + e);
                return EXIT_FAILURE;
            }
        }
        StubServer stub = null;
        try {
            Scenario scenario;
            try {
                if (o.command.equals("selftest")) {
                    stub = StubServer.start(0);
                    o.url = stub.baseUrl() + o.path;
                }
                scenario = buildScenario(o, err);
            } catch (IllegalArgumentException e) {
                err.println("error: " + e.getMessage());
                err.println("Run with --help for usage.");
                return EXIT_USAGE;
            }
            LoadConfig config = buildConfig(o, err);
            return runAll(o, scenario, config, out, err);
        } catch (Exception e) {
            err.println("error: run failed: " + e);
            return EXIT_FAILURE;
        } finally {
            if (stub != null) {
                stub.close();
            }
        }
    }

    static Scenario buildScenario(CliOptions o, PrintStream log) throws IOException {
        if (o.command.equals("skeleton")) {
            return new SkeletonPathScenario(o.stack);
        }
        if (o.command.equals("issue-to-wallet")) {
            IssuanceTarget target = IssuanceTarget.resolve(o.stack, o.issuanceUrl, o.tokenUrl, null, null, null,
                    new com.fasterxml.jackson.databind.ObjectMapper());
            String wallet = IssueToWalletScenario.walletUrl(o.stack);
            log.println("[setup] " + target.describe() + ", wallet " + wallet);
            Scenario s = new IssueToWalletScenario(target, wallet, o.poll != null ? o.poll : Duration.ofMillis(5), log);
            return o.name == null ? s : renamed(s, o.name);
        }
        if (o.command.equals("issue") || o.command.equals("revocation-visibility")) {
            IssuanceTarget target = IssuanceTarget.resolve(o.stack, o.issuanceUrl, o.tokenUrl, null, null, null,
                    new com.fasterxml.jackson.databind.ObjectMapper());
            log.println("[setup] " + target.describe());
            Scenario s = o.command.equals("issue") ? new IssueScenario(target, log)
                    : new RevocationVisibilityScenario(target, RevocationVisibilityScenario.poolSize(o),
                    o.poll != null ? o.poll : Duration.ofMillis(5), o.progress, log);
            return o.name == null ? s : renamed(s, o.name);
        }
        if (o.command.equals("noop")) {
            Scenario noop = new NoopScenario(o.sleep, o.failEvery);
            return o.name == null ? noop : renamed(noop, o.name);
        }
        HttpRequestScenario.Builder b = HttpRequestScenario.builder(o.url);
        boolean hasBody = o.body != null || o.bodyFile != null;
        b.method(o.method != null ? o.method : hasBody ? "POST" : "GET");
        o.headers.forEach(b::header);
        if (o.body != null) {
            b.body(o.body);
        } else if (o.bodyFile != null) {
            b.bodyFile(o.bodyFile);
        }
        if (o.expect != null) {
            b.expect(o.expect);
        }
        if (o.name != null) {
            b.name(o.name);
        } else if (o.command.equals("selftest")) {
            b.name("selftest " + (o.method != null ? o.method : hasBody ? "POST" : "GET") + " " + o.path);
        }
        return b.build();
    }

    private static Scenario renamed(Scenario s, String name) {
        return new Scenario() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void setUp(BenchContext ctx) throws Exception {
                s.setUp(ctx);
            }

            @Override
            public void execute(BenchContext ctx, long operationIndex) throws Exception {
                s.execute(ctx, operationIndex);
            }

            @Override
            public void tearDown(BenchContext ctx) {
                s.tearDown(ctx);
            }
        };
    }

    static LoadConfig buildConfig(CliOptions o, PrintStream progressOut) {
        LoadConfig c = o.rate != null ? LoadConfig.rate(o.rate)
                : LoadConfig.concurrency(o.concurrency != null ? o.concurrency : 1);
        if (o.maxInFlight != null) {
            c = c.withMaxInFlight(o.maxInFlight);
        }
        c = o.requests != null ? c.withRequests(o.requests)
                : c.withDuration(o.duration != null ? o.duration : Duration.ofSeconds(10));
        if (o.warmupRequests != null) {
            c = c.withWarmupRequests(o.warmupRequests);
        } else if (o.warmup != null) {
            c = c.withWarmup(o.warmup);
        }
        return c.withDrainTimeout(o.drainTimeout).withProgress(o.progress, progressOut);
    }

    private int runAll(CliOptions o, Scenario scenario, LoadConfig config, PrintStream out, PrintStream err)
            throws Exception {
        BenchContext ctx = BenchContext.create(o.timeout, o.http2);
        CsvResultWriter csv = o.csv != null ? new CsvResultWriter(o.csv) : null;
        runRepeated(o, scenario, config, ctx, csv, o.hgrm, s -> s, out, err);
        if (csv != null) {
            out.println("csv        " + csv.file());
        }
        if (interrupted) {
            err.println("[bench] interrupted: results above are partial");
        }
        return EXIT_OK;
    }

    /**
     * Runs one scenario {@code --repeat} times, printing each run and the medians, appending CSV rows; returns the
     * median (the only run's summary when there is one), or null when interrupted before any run ended.
     *
     * @param adjust applied to each run's summary before it is reported (e.g. transactions → rows)
     */
    private Summary runRepeated(CliOptions o, Scenario scenario, LoadConfig config, BenchContext ctx,
                                CsvResultWriter csv, Path hgrm, java.util.function.UnaryOperator<Summary> adjust,
                                PrintStream out, PrintStream err) throws Exception {
        LoadGenerator generator = new LoadGenerator(config);
        current = generator;
        out.println("credstack-bench: " + scenario.name() + " | " + config.describe()
                + (o.repeat > 1 ? " | repeat " + o.repeat : ""));
        List<Summary> runs = new ArrayList<>();
        for (int r = 1; r <= o.repeat && !interrupted; r++) {
            if (o.repeat > 1) {
                err.println("[bench] run " + r + "/" + o.repeat);
            }
            RunResult result = generator.run(scenario, ctx);
            Summary s = adjust.apply(result.summary());
            runs.add(s);
            Report.print(s, o.repeat > 1 ? "run " + r + "/" + o.repeat : "result", out);
            result.failureSamples().forEach((kind, message) ->
                    out.println("  e.g.     " + kind + ": " + message));
            if (result.warmupOperations() > 0) {
                out.println("warm-up    " + result.warmupOperations() + " operations (not recorded)");
            }
            if (hgrm != null) {
                String suffix = o.repeat > 1 ? "run" + r : "";
                Path main = Report.withSuffix(hgrm, suffix);
                Report.writeHgrm(result.histogram(), main);
                for (Map.Entry<String, org.HdrHistogram.Histogram> e : result.namedHistograms().entrySet()) {
                    Report.writeHgrm(e.getValue(), Report.withSuffix(main, e.getKey()));
                }
                out.println("hgrm       " + main);
            }
            if (csv != null) {
                String label = o.repeat > 1 ? join(o.label, "run " + r + "/" + o.repeat) : o.label;
                csv.append(s, label, Instant.now());
            }
            out.println();
        }
        if (runs.size() > 1) {
            Summary median = Summary.median(runs);
            Report.printRuns(runs, median, out);
            out.println();
            Report.print(median, "median of " + runs.size() + " runs", out);
            if (csv != null) {
                csv.append(median, join(o.label, "median of " + runs.size()), Instant.now());
            }
            return median;
        }
        return runs.isEmpty() ? null : runs.get(0);
    }

    /** The raw limits: each part alone, at each thread count, then one table of the medians. */
    private int runRaw(CliOptions o, PrintStream out, PrintStream err) throws Exception {
        RawPlan plan = RawPlan.prepare(o, err);
        try {
            BenchContext ctx = BenchContext.create(o.timeout, false);
            CsvResultWriter csv = o.csv != null ? new CsvResultWriter(o.csv) : null;
            List<RawPlan.Row> table = new ArrayList<>();
            for (RawPlan.Part part : plan.parts()) {
                for (int threads : o.threads) {
                    if (interrupted) {
                        break;
                    }
                    LoadConfig config = rawConfig(o, threads, err);
                    Path hgrm = o.hgrm == null ? null : Report.withSuffix(o.hgrm, part.id() + "-t" + threads);
                    Summary median = runRepeated(o, part.scenario(), config, ctx, csv, hgrm, part.adjust(), out, err);
                    if (o.repeat > 1) {
                        out.println();
                    }
                    if (median != null) {
                        table.add(new RawPlan.Row(part, threads, median));
                    }
                }
            }
            RawPlan.printTable(table, plan.skipped(), o.repeat, out);
            if (csv != null) {
                out.println("csv        " + csv.file());
            }
            if (interrupted) {
                err.println("[bench] interrupted: results above are partial");
            }
            return EXIT_OK;
        } finally {
            plan.close();
        }
    }

    private static LoadConfig rawConfig(CliOptions o, int threads, PrintStream progressOut) {
        LoadConfig c = LoadConfig.concurrency(threads);
        c = o.requests != null ? c.withRequests(o.requests)
                : c.withDuration(o.duration != null ? o.duration : Duration.ofSeconds(10));
        if (o.warmupRequests != null) {
            c = c.withWarmupRequests(o.warmupRequests);
        } else {
            c = c.withWarmup(o.warmup != null ? o.warmup : Duration.ofSeconds(10));
        }
        return c.withDrainTimeout(o.drainTimeout).withProgress(o.progress, progressOut);
    }

    private static String join(String label, String suffix) {
        return label == null || label.isEmpty() ? suffix : label + " " + suffix;
    }
}
