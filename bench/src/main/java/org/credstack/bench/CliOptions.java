package org.credstack.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Parsed command line. {@link #parse} throws {@link UsageException} for anything it cannot accept. */
final class CliOptions {

    static final Set<String> COMMANDS = Set.of("http", "noop", "selftest", "skeleton");

    private static final Set<String> FLAGS = Set.of("--http2", "--quiet", "--help", "-h");
    private static final Set<String> COMMON = Set.of("--rate", "--concurrency", "--duration", "--requests",
            "--warmup", "--warmup-requests", "--max-in-flight", "--timeout", "--drain-timeout", "--progress",
            "--quiet", "--csv", "--label", "--hgrm", "--repeat", "--name", "--help", "-h");
    private static final Set<String> HTTP = Set.of("--url", "--method", "--header", "--body", "--body-file",
            "--expect", "--http2");
    private static final Set<String> NOOP = Set.of("--sleep", "--fail-every");
    private static final Set<String> SKELETON = Set.of("--stack");
    private static final Set<String> SELFTEST = Set.of("--path", "--method", "--header", "--body", "--body-file",
            "--expect", "--http2");

    String command;
    boolean help;

    // load shape
    Double rate;
    Integer concurrency;
    Duration duration;
    Long requests;
    Duration warmup;
    Long warmupRequests;
    Integer maxInFlight;
    Duration timeout = Duration.ofSeconds(30);
    Duration drainTimeout = Duration.ofSeconds(30);
    Duration progress = Duration.ofSeconds(1);
    int repeat = 1;

    // output
    Path csv;
    String label = "";
    Path hgrm;
    String name;

    // http / selftest
    String url;
    String path = "/";
    String method;
    final List<String> headers = new ArrayList<>();
    String body;
    Path bodyFile;
    String expect;
    boolean http2;

    // skeleton: the local stack's machine-readable description
    Path stack = Path.of(".credstack/stack.json");

    // noop
    Duration sleep = Duration.ZERO;
    long failEvery;

    static CliOptions parse(String[] args) throws UsageException {
        CliOptions o = new CliOptions();
        if (args.length == 0) {
            throw new UsageException("no command given");
        }
        String first = args[0];
        if (first.equals("--help") || first.equals("-h") || first.equals("help")) {
            o.help = true;
            return o;
        }
        if (!COMMANDS.contains(first)) {
            throw new UsageException("unknown command '" + first + "' (expected one of: http, noop, selftest, skeleton)");
        }
        o.command = first;
        Set<String> allowed = switch (first) {
            case "http" -> HTTP;
            case "noop" -> NOOP;
            case "skeleton" -> SKELETON;
            default -> SELFTEST;
        };
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            String opt = arg;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                opt = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (!opt.startsWith("-")) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            if (!COMMON.contains(opt) && !allowed.contains(opt)) {
                boolean elsewhere = HTTP.contains(opt) || NOOP.contains(opt) || SELFTEST.contains(opt)
                        || SKELETON.contains(opt);
                throw new UsageException(elsewhere ? "option " + opt + " does not apply to '" + first + "'"
                        : "unknown option '" + opt + "'");
            }
            if (FLAGS.contains(opt)) {
                if (value != null) {
                    throw new UsageException("option " + opt + " takes no value");
                }
                switch (opt) {
                    case "--http2" -> o.http2 = true;
                    case "--quiet" -> o.progress = Duration.ZERO;
                    default -> o.help = true;
                }
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageException("option " + opt + " needs a value");
                }
                value = args[++i];
            }
            o.set(opt, value);
        }
        if (!o.help) {
            o.validate();
        }
        return o;
    }

    private void set(String opt, String v) throws UsageException {
        switch (opt) {
            case "--rate" -> rate = positiveDouble(opt, v);
            case "--concurrency" -> concurrency = (int) positiveLong(opt, v, Integer.MAX_VALUE);
            case "--duration" -> duration = duration(opt, v, false);
            case "--requests" -> requests = positiveLong(opt, v, Long.MAX_VALUE);
            case "--warmup" -> warmup = duration(opt, v, true);
            case "--warmup-requests" -> warmupRequests = nonNegativeLong(opt, v);
            case "--max-in-flight" -> maxInFlight = (int) positiveLong(opt, v, Integer.MAX_VALUE);
            case "--timeout" -> timeout = duration(opt, v, false);
            case "--drain-timeout" -> drainTimeout = duration(opt, v, false);
            case "--progress" -> progress = duration(opt, v, true);
            case "--repeat" -> repeat = (int) positiveLong(opt, v, 1_000);
            case "--csv" -> csv = path(opt, v);
            case "--label" -> label = v;
            case "--hgrm" -> hgrm = path(opt, v);
            case "--name" -> name = nonBlank(opt, v);
            case "--url" -> url = nonBlank(opt, v);
            case "--path" -> path = v.startsWith("/") ? v : "/" + v;
            case "--method" -> method = nonBlank(opt, v).toUpperCase(Locale.ROOT);
            case "--header" -> {
                if (v.indexOf(':') <= 0) {
                    throw new UsageException("--header must look like 'Name: value', got '" + v + "'");
                }
                headers.add(v);
            }
            case "--body" -> body = v;
            case "--body-file" -> bodyFile = path(opt, v);
            case "--expect" -> expect = nonBlank(opt, v);
            case "--sleep" -> sleep = duration(opt, v, true);
            case "--fail-every" -> failEvery = nonNegativeLong(opt, v);
            case "--stack" -> stack = path(opt, v);
            default -> throw new UsageException("unknown option '" + opt + "'");
        }
    }

    private void validate() throws UsageException {
        if (rate != null && concurrency != null) {
            throw new UsageException("give either --rate or --concurrency, not both");
        }
        if (duration != null && requests != null) {
            throw new UsageException("give either --duration or --requests, not both");
        }
        if (warmup != null && warmupRequests != null) {
            throw new UsageException("give either --warmup or --warmup-requests, not both");
        }
        if (maxInFlight != null && rate == null) {
            throw new UsageException("--max-in-flight only applies with --rate");
        }
        if (body != null && bodyFile != null) {
            throw new UsageException("give either --body or --body-file, not both");
        }
        if (command.equals("http") && url == null) {
            throw new UsageException("http needs --url");
        }
        if (bodyFile != null && !java.nio.file.Files.isReadable(bodyFile)) {
            throw new UsageException("--body-file: cannot read " + bodyFile);
        }
    }

    private static double positiveDouble(String opt, String v) throws UsageException {
        try {
            double d = Double.parseDouble(v.trim());
            if (d > 0 && !Double.isInfinite(d)) {
                return d;
            }
        } catch (NumberFormatException ignored) {
            // below
        }
        throw new UsageException(opt + " needs a positive number, got '" + v + "'");
    }

    private static long positiveLong(String opt, String v, long max) throws UsageException {
        try {
            long n = Long.parseLong(v.trim().replace("_", ""));
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // below
        }
        throw new UsageException(opt + " needs a whole number from 1 to " + max + ", got '" + v + "'");
    }

    private static long nonNegativeLong(String opt, String v) throws UsageException {
        try {
            long n = Long.parseLong(v.trim().replace("_", ""));
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // below
        }
        throw new UsageException(opt + " needs a whole number of 0 or more, got '" + v + "'");
    }

    private static Duration duration(String opt, String v, boolean zeroAllowed) throws UsageException {
        Duration d;
        try {
            d = Durations.parse(v);
        } catch (IllegalArgumentException e) {
            throw new UsageException(opt + ": " + e.getMessage());
        }
        if (!zeroAllowed && d.isZero()) {
            throw new UsageException(opt + " must be more than zero");
        }
        return d;
    }

    private static Path path(String opt, String v) throws UsageException {
        try {
            return Path.of(nonBlank(opt, v));
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException(opt + ": invalid path '" + v + "'");
        }
    }

    private static String nonBlank(String opt, String v) throws UsageException {
        if (v == null || v.isBlank()) {
            throw new UsageException(opt + " needs a non-empty value");
        }
        return v.trim();
    }
}
