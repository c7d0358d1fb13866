package org.credstack.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Parsed command line. {@link #parse} throws {@link UsageException} for anything it cannot accept. */
final class CliOptions {

    static final Set<String> COMMANDS = Set.of("http", "noop", "selftest", "skeleton", "issue",
            "revocation-visibility", "issue-to-wallet", "bulk", "raw", "rebuild-limits", "progress-reevaluation",
            "progress-rebuild");
    static final String COMMAND_LIST = "http, noop, selftest, skeleton, issue, revocation-visibility, issue-to-wallet, "
            + "bulk, raw, rebuild-limits, progress-reevaluation, progress-rebuild";

    private static final Set<String> FLAGS = Set.of("--http2", "--quiet", "--help", "-h", "--no-seed");
    /** The load shape: every command that runs operations through the load generator. */
    private static final Set<String> LOAD = Set.of("--rate", "--concurrency", "--duration", "--requests",
            "--warmup", "--warmup-requests", "--max-in-flight", "--drain-timeout");
    private static final Set<String> OUTPUT = Set.of("--timeout", "--progress", "--quiet", "--csv", "--label",
            "--hgrm", "--repeat", "--name", "--help", "-h");
    private static final Set<String> HTTP = Set.of("--url", "--method", "--header", "--body", "--body-file",
            "--expect", "--http2");
    private static final Set<String> NOOP = Set.of("--sleep", "--fail-every");
    private static final Set<String> SKELETON = Set.of("--stack");
    private static final Set<String> SELFTEST = Set.of("--path", "--method", "--header", "--body", "--body-file",
            "--expect", "--http2");
    private static final Set<String> ISSUANCE = Set.of("--stack", "--issuance-url", "--token-url");
    private static final Set<String> REVOCATION = Set.of("--pool", "--poll");
    private static final Set<String> BULK = Set.of("--stack", "--issuance-url", "--token-url", "--rows", "--format",
            "--poll", "--batch-timeout", "--timeout", "--progress", "--quiet", "--csv", "--label", "--repeat",
            "--help", "-h");
    private static final Set<String> RAW = Set.of("--duration", "--requests", "--warmup", "--warmup-requests",
            "--drain-timeout", "--parts", "--threads", "--vc-jar", "--vc-classpath", "--credential", "--stack",
            "--jdbc-url", "--db-user", "--db-password", "--pg-batch");
    private static final Set<String> REBUILD_LIMITS = Set.of("--stack", "--repeat", "--csv", "--label",
            "--progress", "--quiet", "--help", "-h");
    /** Both progress benchmarks: the stack, the set-up's size, the waits, the output. */
    private static final Set<String> PROGRESS = Set.of("--stack", "--issuance-url", "--token-url", "--recognition-url",
            "--achievements", "--qualifications", "--events", "--poll", "--timeout", "--progress", "--quiet", "--csv",
            "--label", "--repeat", "--help", "-h");
    private static final Set<String> PROGRESS_REEVALUATION = Set.of("--credentials", "--warmup-events", "--rate",
            "--raw-reads");
    private static final Set<String> PROGRESS_REBUILD = Set.of("--wallet-url", "--learners", "--no-seed",
            "--settle");
    private static final List<Set<String>> ALL_OPTIONS = List.of(LOAD, OUTPUT, HTTP, NOOP, SKELETON, SELFTEST,
            ISSUANCE, REVOCATION, BULK, RAW, REBUILD_LIMITS, PROGRESS, PROGRESS_REEVALUATION, PROGRESS_REBUILD);

    /** The options a command accepts. */
    static Set<String> allowed(String command) {
        Set<String> out = new java.util.HashSet<>();
        switch (command) {
            case "http" -> add(out, LOAD, OUTPUT, HTTP);
            case "noop" -> add(out, LOAD, OUTPUT, NOOP);
            case "skeleton" -> add(out, LOAD, OUTPUT, SKELETON);
            case "issue" -> add(out, LOAD, OUTPUT, ISSUANCE);
            case "revocation-visibility" -> add(out, LOAD, OUTPUT, ISSUANCE, REVOCATION);
            case "issue-to-wallet" -> {
                add(out, LOAD, OUTPUT, ISSUANCE);
                out.add("--poll");
            }
            case "bulk" -> add(out, BULK);
            case "rebuild-limits" -> add(out, REBUILD_LIMITS);
            case "progress-reevaluation" -> add(out, PROGRESS, PROGRESS_REEVALUATION);
            case "progress-rebuild" -> add(out, PROGRESS, PROGRESS_REBUILD);
            case "raw" -> {
                add(out, RAW, OUTPUT);
                out.remove("--name"); // several parts, each named
            }
            default -> add(out, LOAD, OUTPUT, SELFTEST);
        }
        return out;
    }

    @SafeVarargs
    private static void add(Set<String> out, Set<String>... sets) {
        for (Set<String> s : sets) {
            out.addAll(s);
        }
    }

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

    // skeleton, issue, revocation-visibility, bulk, raw: the local stack's machine-readable description
    Path stack = Path.of(".credstack/stack.json");
    String issuanceUrl;
    String tokenUrl;

    // revocation-visibility
    Long pool;
    Duration poll;

    // bulk
    int rows = 20_000;
    String format = "json";
    Duration batchTimeout = Duration.ofHours(1);

    // raw
    List<String> parts;
    List<Integer> threads = List.of(1, 2);
    Path vcJar;
    String vcClasspath;
    Path credential;
    String jdbcUrl;
    String dbUser;
    String dbPassword;
    int pgBatch = 100;

    // progress-reevaluation, progress-rebuild (null: the command's default)
    String recognitionUrl;
    String walletUrl;
    Integer achievements;
    Integer qualifications;
    Long events;
    int credentials = 200;
    int warmupEvents = 30;
    int rawReads = 1_000;
    int learners = 200_000;
    boolean noSeed;
    Duration settle = Duration.ofSeconds(10);

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
            throw new UsageException("unknown command '" + first + "' (expected one of: " + COMMAND_LIST + ")");
        }
        o.command = first;
        Set<String> allowed = allowed(first);
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
            if (!allowed.contains(opt)) {
                String unknown = opt;
                boolean elsewhere = ALL_OPTIONS.stream().anyMatch(set -> set.contains(unknown));
                throw new UsageException(elsewhere ? "option " + opt + " does not apply to '" + first + "'"
                        : "unknown option '" + opt + "'");
            }
            if (FLAGS.contains(opt)) {
                if (value != null) {
                    throw new UsageException("option " + opt + " takes no value");
                }
                switch (opt) {
                    case "--http2" -> o.http2 = true;
                    case "--no-seed" -> o.noSeed = true;
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
            case "--issuance-url" -> issuanceUrl = httpUrl(opt, v);
            case "--token-url" -> tokenUrl = httpUrl(opt, v);
            case "--pool" -> pool = positiveLong(opt, v, Integer.MAX_VALUE);
            case "--poll" -> poll = duration(opt, v, false);
            case "--rows" -> rows = (int) positiveLong(opt, v, 10_000_000);
            case "--format" -> {
                format = nonBlank(opt, v).toLowerCase(Locale.ROOT);
                if (!format.equals("json") && !format.equals("csv")) {
                    throw new UsageException("--format must be json or csv, got '" + v + "'");
                }
            }
            case "--batch-timeout" -> batchTimeout = duration(opt, v, false);
            case "--parts" -> parts = parts(opt, v);
            case "--threads" -> threads = threads(opt, v);
            case "--vc-jar" -> vcJar = path(opt, v);
            case "--vc-classpath" -> vcClasspath = nonBlank(opt, v);
            case "--credential" -> credential = path(opt, v);
            case "--jdbc-url" -> {
                jdbcUrl = nonBlank(opt, v);
                if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
                    throw new UsageException("--jdbc-url must be a jdbc:postgresql: URL, got '" + v + "'");
                }
            }
            case "--db-user" -> dbUser = nonBlank(opt, v);
            case "--db-password" -> dbPassword = v;
            case "--pg-batch" -> pgBatch = (int) positiveLong(opt, v, 10_000);
            case "--recognition-url" -> recognitionUrl = httpUrl(opt, v);
            case "--wallet-url" -> walletUrl = httpUrl(opt, v);
            case "--achievements" -> achievements = (int) positiveLong(opt, v, 10_000);
            case "--qualifications" -> qualifications = (int) positiveLong(opt, v, 10_000);
            case "--events" -> events = positiveLong(opt, v, 100_000_000);
            case "--credentials" -> credentials = (int) positiveLong(opt, v, 100_000);
            case "--warmup-events" -> warmupEvents = (int) Math.min(nonNegativeLong(opt, v), 1_000_000);
            case "--raw-reads" -> rawReads = (int) positiveLong(opt, v, 10_000_000);
            case "--learners" -> learners = (int) positiveLong(opt, v, 100_000_000);
            case "--settle" -> settle = duration(opt, v, true);
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
        if (command.equals("revocation-visibility") && pool == null && rate == null
                && (requests == null || warmup != null)) {
            throw new UsageException("revocation-visibility in the closed model with --duration or --warmup needs "
                    + "--pool (one credential per operation)");
        }
        if (command.equals("progress-reevaluation")) {
            int held = Math.min(credentials, achievements != null ? achievements
                    : ProgressReevaluationRun.DEFAULT_ACHIEVEMENTS);
            if (held < QualificationPlan.MIN_HELD) {
                throw new UsageException("progress-reevaluation needs --achievements and --credentials of at least "
                        + QualificationPlan.MIN_HELD + " (each qualification draws up to that many components from "
                        + "the achievements the learner holds)");
            }
        }
        if (command.equals("progress-rebuild")) {
            if ((achievements != null ? achievements : ProgressRebuildRun.DEFAULT_ACHIEVEMENTS)
                    < QualificationPlan.MIN_HELD) {
                throw new UsageException("progress-rebuild needs --achievements of at least "
                        + QualificationPlan.MIN_HELD + " (each qualification draws up to that many components)");
            }
            if (learners > (events != null ? events : ProgressRebuildRun.DEFAULT_EVENTS)) {
                throw new UsageException("--learners must not exceed --events (each learner gets at least one "
                        + "credential)");
            }
        }
        if (command.equals("raw")) {
            if ((vcJar == null) != (vcClasspath == null)) {
                throw new UsageException("give --vc-jar and --vc-classpath together");
            }
            if (parts != null && vcJar == null && parts.stream().anyMatch(RawParts.NEED_VC::contains)) {
                throw new UsageException("parts " + RawParts.NEED_VC + " need --vc-jar and --vc-classpath");
            }
            if (credential != null && !java.nio.file.Files.isReadable(credential)) {
                throw new UsageException("--credential: cannot read " + credential);
            }
        }
    }

    private static List<String> parts(String opt, String v) throws UsageException {
        List<String> out = new ArrayList<>();
        for (String p : nonBlank(opt, v).split(",")) {
            String part = p.trim().toLowerCase(Locale.ROOT);
            if (part.equals("all")) {
                return null; // every part, those whose inputs are missing skipped (as without --parts)
            } else if (RawParts.ALL.contains(part)) {
                out.add(part);
            } else {
                throw new UsageException(opt + ": unknown part '" + p.trim() + "' (parts: all, "
                        + String.join(", ", RawParts.ALL) + ")");
            }
        }
        return List.copyOf(new java.util.LinkedHashSet<>(out));
    }

    private static List<Integer> threads(String opt, String v) throws UsageException {
        List<Integer> out = new ArrayList<>();
        for (String t : nonBlank(opt, v).split(",")) {
            out.add((int) positiveLong(opt, t, 1_024));
        }
        return List.copyOf(out);
    }

    private static String httpUrl(String opt, String v) throws UsageException {
        String url = nonBlank(opt, v);
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new UsageException(opt + " must be an http(s) URL, got '" + v + "'");
        }
        return url;
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
