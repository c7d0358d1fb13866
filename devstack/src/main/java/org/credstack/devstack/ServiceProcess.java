package org.credstack.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One service of the local stack as a child JVM running its {@code quarkus-run.jar}: started with its output in a log
 * file, waited for until {@code /q/health/ready} answers 200, and stopped together with its descendants.
 */
final class ServiceProcess {

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;
    private final Path root;

    private ServiceProcess(String name, int port, Process process, Path log, Path root) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.root = root;
    }

    /**
     * Starts {@code java [CREDSTACK_SERVICE_JAVA_OPTS] <properties> -jar <jar>} in {@code root}, appending its output
     * to {@code <logs>/<name>.log}.
     */
    static ServiceProcess start(String name, Path jar, int port, List<String> properties, Path root, Path logs) {
        Path log = logs.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String extra = System.getenv("CREDSTACK_SERVICE_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(properties);
        command.add("-jar");
        command.add(jar.toString());
        try {
            Files.writeString(log, "# " + String.join(" ", command) + System.lineSeparator(),
                    StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.PIPE) // closed below: the service never reads the terminal
                    .start();
            process.getOutputStream().close();
            return new ServiceProcess(name, port, process, log, root);
        } catch (IOException e) {
            throw new StartupFailure("cannot start " + name + "-service: " + e.getMessage());
        }
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    /** Waits until {@code /q/health/ready} answers 200; prints the log's tail and fails if it does not in time. */
    void awaitReady(int timeoutSeconds, PrintStream out) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI health = URI.create("http://localhost:" + port + "/q/health/ready");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        int lastStatus = -1;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail(out, "exited with code " + process.exitValue() + " during startup");
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(health)
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                lastStatus = response.statusCode();
                if (lastStatus == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartupFailure("interrupted");
            }
            sleep(500);
        }
        fail(out, "not ready after " + timeoutSeconds + " s"
                + (lastStatus > 0 ? " (last /q/health/ready status " + lastStatus + ")" : ""));
    }

    private void fail(PrintStream out, String what) {
        out.println("FAILED");
        System.err.println();
        System.err.println(name + "-service " + what + ". Last lines of " + root.relativize(log) + ":");
        for (String line : tail(log, 40)) {
            System.err.println("  | " + line);
        }
        throw new StartupFailure(name + "-service did not start; stopping everything");
    }

    /** Reports an exit while the stack runs, unless the stack is shutting down (the others keep running). */
    void reportUnexpectedExit(BooleanSupplier shuttingDown) {
        process.onExit().thenAccept(p -> {
            if (!shuttingDown.getAsBoolean()) {
                System.err.printf("%n!! %s-service (pid %d) exited unexpectedly with code %d; see %s%n",
                        name, p.pid(), p.exitValue(), root.relativize(log));
                for (String line : tail(log, 20)) {
                    System.err.println("  | " + line);
                }
                System.err.println("The rest of the stack keeps running; Ctrl-C stops it.");
            }
        });
    }

    /** Asks the service and its descendants to stop (SIGTERM). */
    void requestStop() {
        destroyTree(process.toHandle(), false);
    }

    /** Waits up to 15 s for the service to stop, then kills it and whatever it started. */
    void awaitStopped(PrintStream out) {
        ProcessHandle handle = process.toHandle();
        List<ProcessHandle> tree = new ArrayList<>(handle.descendants().toList());
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                out.println("  " + name + "-service did not stop in 15 s; killing it");
                destroyTree(handle, true);
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            destroyTree(handle, true);
        }
        for (ProcessHandle p : tree) {
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
        out.println("  " + name + "-service stopped");
    }

    private static void destroyTree(ProcessHandle handle, boolean forcibly) {
        handle.descendants().forEach(p -> {
            if (forcibly) {
                p.destroyForcibly();
            } else {
                p.destroy();
            }
        });
        if (forcibly) {
            handle.destroyForcibly();
        } else {
            handle.destroy();
        }
    }

    static List<String> tail(Path file, int lines) {
        Deque<String> last = new ArrayDeque<>();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                last.addLast(line);
                if (last.size() > lines) {
                    last.removeFirst();
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return List.of("(cannot read " + file + ": " + e.getMessage() + ")");
        }
        return new ArrayList<>(last);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailure("interrupted");
        }
    }
}
