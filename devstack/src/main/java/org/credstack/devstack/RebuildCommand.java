package org.credstack.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code ./credstack rebuild <service> <projection>} and {@code ./credstack projections <service>}: operator commands
 * against the running local stack. They read {@code .credstack/stack.json} (written by {@code ./credstack up}), get an
 * operator token from the dev token issuer (or the one stored in stack.json), and call the service's
 * {@code /admin/projections} API. {@code rebuild} starts a rebuild and follows it with a progress bar until it is
 * {@code DONE} (exit 0) or {@code FAILED} (exit 1).
 */
public final class RebuildCommand {

    static final String USAGE = """
            Usage: ./credstack rebuild <service> <projection> [--state-dir DIR]
                   ./credstack projections <service> [--state-dir DIR]
            """;

    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;

    static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    static final Duration LINE_INTERVAL = Duration.ofSeconds(1);
    /** Consecutive failed polls (service unreachable, 5xx) tolerated before giving up. */
    static final int MAX_POLL_FAILURES = 10;
    static final int BAR_WIDTH = 30;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;
    private final PrintStream err;
    private final boolean tty;
    private final Duration pollInterval;
    private final Duration lineInterval;
    private final Path workDir;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private String token;
    private int lastLineLength;
    private volatile String following;

    /**
     * @param tty          redraw one line with carriage returns (else print a line every {@code lineInterval})
     * @param pollInterval time between two progress requests
     * @param lineInterval the least time between two printed progress lines when not on a TTY
     * @param workDir      what a relative {@code --state-dir} is resolved against
     */
    RebuildCommand(PrintStream out, PrintStream err, boolean tty, Duration pollInterval, Duration lineInterval,
                   Path workDir) {
        this.out = out;
        this.err = err;
        this.tty = tty;
        this.pollInterval = pollInterval;
        this.lineInterval = lineInterval;
        this.workDir = workDir;
    }

    /** {@code args[0]} is the command ({@code rebuild} or {@code projections}). */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    static boolean handles(String command) {
        return command.equals("rebuild") || command.equals("projections");
    }

    /** Runs with the real console; says on Ctrl-C that a rebuild being followed keeps running on the service. */
    static int run(String[] args) {
        RebuildCommand command = new RebuildCommand(System.out, System.err, System.console() != null,
                POLL_INTERVAL, LINE_INTERVAL, Path.of("").toAbsolutePath());
        Runtime.getRuntime().addShutdownHook(new Thread(command::interrupted, "credstack-rebuild-interrupted"));
        try {
            return command.execute(args);
        } finally {
            command.following = null;
        }
    }

    private void interrupted() {
        String hint = following;
        if (hint != null) {
            out.println();
            out.println("Stopped following. The rebuild keeps running on the service; check it with " + hint);
            out.flush();
        }
    }

    int execute(String[] args) {
        try {
            Args a = Args.parse(args);
            if (a.help) {
                out.print(USAGE);
                return EXIT_OK;
            }
            return a.command.equals("rebuild") ? rebuild(a) : projections(a);
        } catch (UsageError e) {
            err.println("credstack: " + e.getMessage());
            err.println();
            err.print(USAGE);
            return EXIT_USAGE;
        } catch (Failure e) {
            endLine();
            err.println("credstack: " + e.getMessage());
            return e.code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            endLine();
            return 130;
        }
    }

    // ------------------------------------------------------------------------------------------------ rebuild

    private int rebuild(Args a) throws InterruptedException {
        Service service = service(a);
        String name = a.projection;
        URI statusUri = service.uri("/admin/projections/" + encode(name));
        URI rebuildUri = service.uri("/admin/projections/" + encode(name) + "/rebuild");

        Reply started = call(service, "POST", rebuildUri);
        if (started.status == 404) {
            throw new Failure(EXIT_FAILED, problem(started) + knownProjections(service));
        }
        if (started.status != 202 && started.status != 200) {
            throw new Failure(EXIT_FAILED, problem(started));
        }
        Progress progress = Progress.of(started.json());
        int generation = progress.generation;
        following = "./credstack projections " + service.name;
        out.println("Rebuilding projection " + name + " of " + service.name + " into generation " + generation
                + " (" + service.baseUrl + ")");
        long lastLine = Long.MIN_VALUE;
        String lastState = null;
        int failures = 0;
        while (true) {
            long now = System.nanoTime();
            boolean last = progress.finished();
            if (tty) {
                draw(line(progress));
            } else if (last || !progress.state.equals(lastState) || lastLine == Long.MIN_VALUE
                    || now - lastLine >= lineInterval.toNanos()) {
                out.println(line(progress));
                out.flush();
                lastLine = now;
            }
            lastState = progress.state;
            if (last) {
                break;
            }
            Thread.sleep(pollInterval.toMillis());
            Reply reply;
            try {
                reply = call(service, "GET", statusUri);
            } catch (Failure e) {
                if (++failures >= MAX_POLL_FAILURES) {
                    throw e;
                }
                continue;
            }
            if (reply.status >= 500) {
                if (++failures >= MAX_POLL_FAILURES) {
                    throw new Failure(EXIT_FAILED, problem(reply));
                }
                continue;
            }
            if (reply.status != 200) {
                throw new Failure(EXIT_FAILED, problem(reply));
            }
            failures = 0;
            JsonNode rebuild = reply.json().path("rebuild");
            // an earlier rebuild's result until the service shows the one started here
            if (rebuild.isObject() && rebuild.path("generation").asInt() == generation) {
                progress = Progress.of(rebuild);
            }
        }
        endLine();
        following = null;
        if (progress.state.equals("FAILED")) {
            err.println("credstack: the rebuild of " + name + " (generation " + generation + ") FAILED: "
                    + (progress.error == null ? "(no error reported)" : progress.error));
            err.println("The previous generation keeps serving; details in the service log"
                    + (service.log == null ? "." : ": " + service.log));
            return EXIT_FAILED;
        }
        String took = progress.took();
        out.println("Done: generation " + generation + " of " + name + " is serving (" + number(progress.done)
                + " events" + (took == null ? "" : " in " + took) + ").");
        return EXIT_OK;
    }

    /** {@code [#####-----]  52.3%  12,345/23,600 events  8,120/s  ETA 1s  REPLAYING}. */
    static String line(Progress p) {
        double percent = p.state.equals("DONE") ? 100.0 : p.percent();
        int filled = (int) Math.floor(percent / 100.0 * BAR_WIDTH);
        StringBuilder s = new StringBuilder("[");
        s.append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled)).append("] ");
        s.append(String.format(Locale.ROOT, "%5.1f%%", percent));
        s.append("  ").append(number(p.done)).append('/').append(number(p.total)).append(" events");
        s.append("  ").append(number(Math.round(p.rate))).append("/s");
        switch (p.state) {
            case "DONE" -> {
                String took = p.took();
                if (took != null) {
                    s.append("  took ").append(took);
                }
            }
            case "FAILED" -> {
            }
            default -> s.append("  ETA ").append(p.eta == null ? "--" : duration(p.eta));
        }
        s.append("  ").append(p.state);
        return s.toString();
    }

    private void draw(String line) {
        int pad = Math.max(0, lastLineLength - line.length());
        out.print("\r" + line + " ".repeat(pad));
        out.flush();
        lastLineLength = line.length();
    }

    /** Ends a progress line being redrawn, so that what follows starts on a new line. */
    private void endLine() {
        if (lastLineLength > 0) {
            out.println();
            out.flush();
            lastLineLength = 0;
        }
    }

    private String knownProjections(Service service) {
        try {
            Reply list = call(service, "GET", service.uri("/admin/projections"));
            if (list.status == 200 && list.json().isArray()) {
                List<String> names = new ArrayList<>();
                list.json().forEach(p -> names.add(p.path("name").asText()));
                return names.isEmpty() ? "\n" + service.name + " has no projections."
                        : "\nProjections of " + service.name + ": " + String.join(", ", names);
            }
        } catch (Failure ignored) {
            // the 404 itself is the message
        }
        return "";
    }

    // ------------------------------------------------------------------------------------------------ projections

    private int projections(Args a) {
        Service service = service(a);
        Reply reply = call(service, "GET", service.uri("/admin/projections"));
        if (reply.status != 200) {
            throw new Failure(EXIT_FAILED, problem(reply));
        }
        JsonNode list = reply.json();
        out.println("Projections of " + service.name + " (" + service.baseUrl + ")");
        if (!list.isArray() || list.isEmpty()) {
            out.println("  (none)");
            return EXIT_OK;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAME", "GEN", "SCHEMA", "APPLIED", "DUPLICATES", "DEAD-LETTERED", "REBUILD"});
        for (JsonNode p : list) {
            rows.add(new String[] {
                    p.path("name").asText(),
                    p.path("generation").asText(),
                    p.path("schema").asText() + (p.path("switching").asBoolean() ? " (switching)" : ""),
                    number(p.path("applied").asLong()),
                    number(p.path("skippedDuplicates").asLong()),
                    number(p.path("deadLettered").asLong()),
                    rebuildSummary(p.path("rebuild"))});
        }
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder s = new StringBuilder(" ");
            for (int i = 0; i < row.length; i++) {
                boolean numeric = i == 1 || (i >= 3 && i <= 5);
                String cell = i == row.length - 1 ? row[i]
                        : numeric ? " ".repeat(width[i] - row[i].length()) + row[i]
                        : row[i] + " ".repeat(width[i] - row[i].length());
                s.append(' ').append(cell).append(i == row.length - 1 ? "" : " ");
            }
            out.println(s.toString().stripTrailing());
        }
        out.println();
        out.println("Rebuild one: ./credstack rebuild " + service.name + " " + list.get(0).path("name").asText());
        return EXIT_OK;
    }

    private static String rebuildSummary(JsonNode rebuild) {
        if (!rebuild.isObject()) {
            return "-";
        }
        Progress p = Progress.of(rebuild);
        String gen = " (gen " + p.generation + ")";
        return switch (p.state) {
            case "DONE" -> "DONE" + gen + (p.finishedAt == null ? "" : " " + p.finishedAt);
            case "FAILED" -> "FAILED" + gen + (p.error == null ? "" : ": " + p.error);
            default -> p.state + String.format(Locale.ROOT, " %.1f%%", p.percent()) + gen;
        };
    }

    // ------------------------------------------------------------------------------------------------ stack.json

    private Service service(Args a) {
        Path stateDir = workDir.resolve(a.stateDir).normalize();
        Path stackJson = stateDir.resolve("stack.json");
        if (!Files.isRegularFile(stackJson)) {
            throw new Failure(EXIT_FAILED, stackJson + " not found: is the stack running? ./credstack up");
        }
        JsonNode stack;
        try {
            stack = JSON.readTree(stackJson.toFile());
        } catch (IOException e) {
            throw new Failure(EXIT_FAILED, "cannot read " + stackJson + ": " + e.getMessage());
        }
        JsonNode services = stack.path("services");
        List<String> valid = new ArrayList<>();
        services.fieldNames().forEachRemaining(valid::add);
        String name = a.service.endsWith("-service") ? a.service.substring(0, a.service.length() - 8) : a.service;
        JsonNode svc = services.path(name);
        if (!svc.isObject()) {
            throw new UsageError("unknown service '" + a.service + "'; valid services: "
                    + (valid.isEmpty() ? "(none in " + stackJson + ")" : String.join(", ", valid)));
        }
        String baseUrl = svc.path("baseUrl").asText(null);
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new Failure(EXIT_FAILED, stackJson + " has no baseUrl for " + name);
        }
        if (svc.has("running") && !svc.path("running").asBoolean()) {
            throw new Failure(EXIT_FAILED, name + "-service is not running in this stack (see the output of "
                    + "./credstack up; is its quarkus-run.jar built, or was it started with --infra-only?)");
        }
        return new Service(name, baseUrl.replaceAll("/+$", ""), svc.path("log").asText(null),
                stack.path("tokenEndpoint").asText(null), stack.path("tokens").path("operator").asText(null));
    }

    // ------------------------------------------------------------------------------------------------ HTTP

    /** A fresh operator token from the dev token issuer, else the one {@code ./credstack up} stored. */
    private String operatorToken(Service service, boolean renew) {
        if (token != null && !renew) {
            return token;
        }
        String why = "stack.json has no tokenEndpoint";
        if (service.tokenEndpoint != null && !service.tokenEndpoint.isBlank()) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(service.tokenEndpoint))
                                .timeout(Duration.ofSeconds(10))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"subject\":\"cli\",\"roles\":[\"operator\"]}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() == 200) {
                    String t = JSON.readTree(r.body()).path("access_token").asText(null);
                    if (t != null && !t.isBlank()) {
                        return token = t;
                    }
                }
                why = "token endpoint " + service.tokenEndpoint + " answered HTTP " + r.statusCode();
            } catch (IOException | IllegalArgumentException e) {
                why = "token endpoint " + service.tokenEndpoint + " unreachable (" + describe(e) + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Failure(130, "interrupted");
            }
        }
        if (service.storedToken != null && !service.storedToken.isBlank()) {
            return token = service.storedToken;
        }
        throw new Failure(EXIT_FAILED, "cannot get an operator token: " + why
                + " and stack.json has no tokens.operator; is the stack running? ./credstack up");
    }

    /** One request with the operator token; a 401 is retried once with a newly minted token. */
    private Reply call(Service service, String method, URI uri) {
        Reply reply = send(service, method, uri, operatorToken(service, false));
        if (reply.status == 401) {
            String stale = token;
            String fresh = operatorToken(service, true);
            if (!fresh.equals(stale)) {
                reply = send(service, method, uri, fresh);
            }
        }
        return reply;
    }

    private Reply send(Service service, String method, URI uri, String bearer) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + bearer)
                .header("Accept", "application/json, application/problem+json")
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(method, uri, r.statusCode(), r.body());
        } catch (IOException e) {
            throw new Failure(EXIT_FAILED, "cannot reach " + service.name + "-service at " + service.baseUrl + " ("
                    + describe(e) + "): is the stack running? ./credstack up");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(130, "interrupted");
        }
    }

    /** {@code HTTP 409 Conflict: Projection x is already being rebuilt} from an RFC 9457 problem (or the raw body). */
    static String problem(Reply reply) {
        String title = null;
        String detail = null;
        JsonNode body = reply.jsonOrNull();
        if (body != null && body.isObject()) {
            title = body.path("title").asText(null);
            detail = body.path("detail").asText(null);
        }
        StringBuilder s = new StringBuilder(reply.method + " " + reply.uri.getPath() + " answered HTTP "
                + reply.status);
        if (title != null) {
            s.append(' ').append(title);
        }
        if (detail != null && !detail.equals(title)) {
            s.append(": ").append(detail);
        } else if (body == null && reply.body != null && !reply.body.isBlank()) {
            String raw = reply.body.strip();
            s.append(": ").append(raw.length() > 300 ? raw.substring(0, 300) + "…" : raw);
        }
        if (reply.status == 401 || reply.status == 403) {
            s.append("\nThe operator token was refused; restart the stack (./credstack up) for fresh tokens.");
        }
        return s.toString();
    }

    private static String describe(Exception e) {
        if (e instanceof ConnectException || e.getCause() instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof HttpConnectTimeoutException) {
            return "connect timed out";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ------------------------------------------------------------------------------------------------ formatting

    static String number(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    /** {@code 42s}, {@code 3m05s}, {@code 2h07m}. */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
    }

    // ------------------------------------------------------------------------------------------------ types

    /** The service's {@code RebuildProgress}. */
    record Progress(String projection, String state, int generation, long done, long total, double rate, Long eta,
                    String startedAt, String finishedAt, String error) {

        static Progress of(JsonNode n) {
            if (n == null || !n.isObject() || !n.hasNonNull("state")) {
                throw new Failure(EXIT_FAILED, "unexpected answer from the service (no rebuild state): " + n);
            }
            return new Progress(n.path("projection").asText(null), n.path("state").asText(),
                    n.path("generation").asInt(), n.path("done").asLong(), n.path("total").asLong(),
                    n.path("ratePerSecond").asDouble(), n.hasNonNull("etaSeconds") ? n.get("etaSeconds").asLong() : null,
                    n.path("startedAt").asText(null), n.path("finishedAt").asText(null),
                    n.path("error").asText(null));
        }

        boolean finished() {
            return state.equals("DONE") || state.equals("FAILED");
        }

        double percent() {
            return total <= 0 ? 100.0 : Math.min(100.0, 100.0 * done / total);
        }

        /** How long the rebuild took, if the service says when it started and finished. */
        String took() {
            if (startedAt == null || finishedAt == null) {
                return null;
            }
            try {
                Duration d = Duration.between(Instant.parse(startedAt), Instant.parse(finishedAt));
                return d.toMillis() < 60_000 ? String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0)
                        : duration(d.toSeconds());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    private record Service(String name, String baseUrl, String log, String tokenEndpoint, String storedToken) {
        URI uri(String path) {
            return URI.create(baseUrl + path);
        }
    }

    record Reply(String method, URI uri, int status, String body) {
        JsonNode jsonOrNull() {
            try {
                return body == null || body.isBlank() ? null : JSON.readTree(body);
            } catch (IOException e) {
                return null;
            }
        }

        JsonNode json() {
            JsonNode n = jsonOrNull();
            if (n == null) {
                throw new Failure(EXIT_FAILED, method + " " + uri.getPath() + " answered HTTP " + status
                        + " without a JSON body");
            }
            return n;
        }
    }

    private static final class Args {
        String command;
        String service;
        String projection;
        String stateDir = env("CREDSTACK_STATE_DIR", ".credstack");
        boolean help;

        static Args parse(String[] args) {
            Args a = new Args();
            if (args.length == 0 || !handles(args[0])) {
                throw new UsageError("expected 'rebuild' or 'projections'");
            }
            a.command = args[0];
            List<String> positional = new ArrayList<>();
            Iterator<String> it = List.of(args).subList(1, args.length).iterator();
            while (it.hasNext()) {
                String arg = it.next();
                if (arg.equals("--help") || arg.equals("-h")) {
                    a.help = true;
                } else if (arg.startsWith("--state-dir=")) {
                    a.stateDir = arg.substring("--state-dir=".length());
                } else if (arg.equals("--state-dir")) {
                    if (!it.hasNext()) {
                        throw new UsageError("--state-dir needs a value");
                    }
                    a.stateDir = it.next();
                } else if (arg.startsWith("-")) {
                    throw new UsageError("unknown option '" + arg + "' of '" + a.command + "'");
                } else {
                    positional.add(arg);
                }
            }
            if (a.help) {
                return a;
            }
            int expected = a.command.equals("rebuild") ? 2 : 1;
            if (positional.size() != expected) {
                throw new UsageError(a.command.equals("rebuild")
                        ? "'rebuild' needs a service and a projection, e.g. ./credstack rebuild wallet issuer-directory"
                        : "'projections' needs a service, e.g. ./credstack projections wallet");
            }
            if (a.stateDir.isBlank()) {
                throw new UsageError("--state-dir must not be empty");
            }
            a.service = positional.get(0);
            a.projection = expected == 2 ? positional.get(1) : null;
            return a;
        }

        private static String env(String name, String fallback) {
            String v = System.getenv(name);
            return v == null || v.isBlank() ? fallback : v;
        }
    }

    /** Wrong command line: exit code 2 with the usage. */
    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }

    /** A problem explained to the user, without a stack trace. */
    static final class Failure extends RuntimeException {
        final int code;

        Failure(int code, String message) {
            super(message);
            this.code = code;
        }
    }
}
