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

    public static final String USAGE = """
            Usage:
              java -jar bench/target/credstack-bench.jar http --url URL [options]
              java -jar bench/target/credstack-bench.jar noop [options]
              java -jar bench/target/credstack-bench.jar selftest [options]
              java -jar bench/target/credstack-bench.jar skeleton [--stack .credstack/stack.json] [options]
              java -jar bench/target/credstack-bench.jar --help

            Commands:
              http       one HTTP request per operation against --url
              noop       operations that do nothing (or --sleep): the harness's own limit
              selftest   'http' against an embedded stub server on 127.0.0.1 (harness + loopback HTTP limit)
              skeleton   on a running local stack: register an institution at issuance, then poll wallet until
                         it lists it; histograms "register-call" and "visible-in-wallet"

            Load (pick one model; default --concurrency 1):
              --rate R               open model: R operations/s at fixed intervals whatever the responses;
                                     latency measured from the intended send time (no coordinated omission)
              --max-in-flight N      open model: cap on concurrent operations (default 512)
              --concurrency C        closed model: C workers, each sends when its previous operation is done
              --duration D           measured phase length (default 10s), e.g. 500ms, 30s, 2m
              --requests N           measured phase of exactly N operations (instead of --duration)
              --warmup D             run for D first and record nothing (default 0)
              --warmup-requests N    or: run N operations first and record nothing
              --timeout D            per-request timeout (default 30s)
              --drain-timeout D      wait for in-flight operations after the measured phase (default 30s);
                                     those still running then count as errors (Unfinished)
              --repeat N             run the same configuration N times and report medians (default 1)

            HTTP (http, selftest):
              --url URL              target (http only); {{n}} and {{uuid}} are substituted per request
              --path P               selftest only: path on the stub server; /status/500 answers 500 (default /)
              --method M             default GET, or POST when a body is given
              --header 'K: V'        request header, repeatable; values may hold {{n}} / {{uuid}}
              --body STR             request body; {{n}} / {{uuid}} substituted per request
              --body-file F          request body from a UTF-8 file; placeholders substituted too
                                     (Content-Type defaults to application/json when a body is given)
              --expect LIST          statuses counted as success, e.g. 200,201 or 2xx or 200-299 (default 2xx)
              --http2                use HTTP/2 (default HTTP/1.1)

            noop:
              --sleep D              each operation sleeps D (default 0)
              --fail-every N         every N-th operation fails (default never)

            Output:
              --progress D           progress line on stderr every D (default 1s; 0 = off)
              --quiet                no progress lines
              --name NAME            scenario name in reports (default 'http METHOD URL' / 'noop')
              --csv FILE             append one row per run (and the median row) to FILE
              --label L              free-form text for the CSV label column
              --hgrm FILE            write the HDR percentile distribution (ms) of each run to FILE
              --help, -h             this text

            Exit codes: 0 done (operation errors are reported, not fatal), 1 run failed, 2 bad arguments.
            """;

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
        StubServer stub = null;
        try {
            Scenario scenario;
            try {
                if (o.command.equals("selftest")) {
                    stub = StubServer.start(0);
                    o.url = stub.baseUrl() + o.path;
                }
                scenario = buildScenario(o);
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

    static Scenario buildScenario(CliOptions o) throws IOException {
        if (o.command.equals("skeleton")) {
            return new SkeletonPathScenario(o.stack);
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
        LoadGenerator generator = new LoadGenerator(config);
        current = generator;
        CsvResultWriter csv = o.csv != null ? new CsvResultWriter(o.csv) : null;
        out.println("credstack-bench: " + scenario.name() + " | " + config.describe()
                + (o.repeat > 1 ? " | repeat " + o.repeat : ""));
        List<Summary> runs = new ArrayList<>();
        for (int r = 1; r <= o.repeat && !interrupted; r++) {
            if (o.repeat > 1) {
                err.println("[bench] run " + r + "/" + o.repeat);
            }
            RunResult result = generator.run(scenario, ctx);
            Summary s = result.summary();
            runs.add(s);
            Report.print(s, o.repeat > 1 ? "run " + r + "/" + o.repeat : "result", out);
            result.failureSamples().forEach((kind, message) ->
                    out.println("  e.g.     " + kind + ": " + message));
            if (result.warmupOperations() > 0) {
                out.println("warm-up    " + result.warmupOperations() + " operations (not recorded)");
            }
            if (o.hgrm != null) {
                String suffix = o.repeat > 1 ? "run" + r : "";
                Path main = Report.withSuffix(o.hgrm, suffix);
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
        }
        if (csv != null) {
            out.println("csv        " + csv.file());
        }
        if (interrupted) {
            err.println("[bench] interrupted: results above are partial");
        }
        return EXIT_OK;
    }

    private static String join(String label, String suffix) {
        return label == null || label.isEmpty() ? suffix : label + " " + suffix;
    }
}
