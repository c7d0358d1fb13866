package org.credstack.devstack;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

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

    private final PrintStream out;
    private final PrintStream err;
    private final Duration pollInterval;
    private final Path workDir;
    private final ProgressBar bar;
    private final AdminClient admin = new AdminClient();

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
        this.pollInterval = pollInterval;
        this.workDir = workDir;
        this.bar = new ProgressBar(out, tty, lineInterval);
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
            RebuildArgs a = RebuildArgs.parse(args);
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
        } catch (CommandFailure e) {
            bar.endLine();
            err.println("credstack: " + e.getMessage());
            return e.code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            bar.endLine();
            return 130;
        }
    }

    private StackService service(RebuildArgs a) {
        return StackService.read(workDir.resolve(a.stateDir).normalize(), a.service);
    }

    // ------------------------------------------------------------------------------------------------ rebuild

    private int rebuild(RebuildArgs a) throws InterruptedException {
        StackService service = service(a);
        String name = a.projection;
        URI rebuildUri = service.uri("/admin/projections/" + encode(name) + "/rebuild");

        AdminClient.Reply started = admin.call(service, "POST", rebuildUri);
        if (started.status() == 404) {
            throw new CommandFailure(EXIT_FAILED, AdminClient.problem(started) + knownProjections(service));
        }
        if (started.status() != 202 && started.status() != 200) {
            throw new CommandFailure(EXIT_FAILED, AdminClient.problem(started));
        }
        RebuildProgress progress = RebuildProgress.of(started.json());
        int generation = progress.generation();
        following = "./credstack projections " + service.name();
        out.println("Rebuilding projection " + name + " of " + service.name() + " into generation " + generation
                + " (" + service.baseUrl() + ")");
        progress = follow(service, service.uri("/admin/projections/" + encode(name)), progress);
        bar.endLine();
        following = null;
        if (progress.state().equals("FAILED")) {
            err.println("credstack: the rebuild of " + name + " (generation " + generation + ") FAILED: "
                    + (progress.error() == null ? "(no error reported)" : progress.error()));
            err.println("The previous generation keeps serving; details in the service log"
                    + (service.log() == null ? "." : ": " + service.log()));
            return EXIT_FAILED;
        }
        String took = progress.took();
        out.println("Done: generation " + generation + " of " + name + " is serving ("
                + ConsoleFormat.number(progress.done()) + " events" + (took == null ? "" : " in " + took) + ").");
        return EXIT_OK;
    }

    /** Shows the progress and polls it until the rebuild is DONE or FAILED; tolerates a few failed polls. */
    private RebuildProgress follow(StackService service, URI statusUri, RebuildProgress started)
            throws InterruptedException {
        RebuildProgress progress = started;
        int failures = 0;
        bar.begin();
        while (true) {
            bar.show(progress);
            if (progress.finished()) {
                return progress;
            }
            Thread.sleep(pollInterval.toMillis());
            AdminClient.Reply reply;
            try {
                reply = admin.call(service, "GET", statusUri);
            } catch (CommandFailure e) {
                if (++failures >= MAX_POLL_FAILURES) {
                    throw e;
                }
                continue;
            }
            if (reply.status() >= 500) {
                if (++failures >= MAX_POLL_FAILURES) {
                    throw new CommandFailure(EXIT_FAILED, AdminClient.problem(reply));
                }
                continue;
            }
            if (reply.status() != 200) {
                throw new CommandFailure(EXIT_FAILED, AdminClient.problem(reply));
            }
            failures = 0;
            JsonNode rebuild = reply.json().path("rebuild");
            // an earlier rebuild's result until the service shows the one started here
            if (rebuild.isObject() && rebuild.path("generation").asInt() == started.generation()) {
                progress = RebuildProgress.of(rebuild);
            }
        }
    }

    private String knownProjections(StackService service) {
        try {
            AdminClient.Reply list = admin.call(service, "GET", service.uri("/admin/projections"));
            if (list.status() == 200 && list.json().isArray()) {
                List<String> names = new ArrayList<>();
                list.json().forEach(p -> names.add(p.path("name").asText()));
                return names.isEmpty() ? "\n" + service.name() + " has no projections."
                        : "\nProjections of " + service.name() + ": " + String.join(", ", names);
            }
        } catch (CommandFailure ignored) {
            // the 404 itself is the message
        }
        return "";
    }

    // ------------------------------------------------------------------------------------------------ projections

    private int projections(RebuildArgs a) {
        StackService service = service(a);
        AdminClient.Reply reply = admin.call(service, "GET", service.uri("/admin/projections"));
        if (reply.status() != 200) {
            throw new CommandFailure(EXIT_FAILED, AdminClient.problem(reply));
        }
        JsonNode list = reply.json();
        out.println("Projections of " + service.name() + " (" + service.baseUrl() + ")");
        if (!list.isArray() || list.isEmpty()) {
            out.println("  (none)");
            return EXIT_OK;
        }
        ProjectionTable.print(out, list);
        out.println();
        out.println("Rebuild one: ./credstack rebuild " + service.name() + " " + list.get(0).path("name").asText());
        return EXIT_OK;
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
