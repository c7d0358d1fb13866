package org.credstack.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The whole stack as a user runs it: the devstack launcher ({@code ./credstack up}) in its own JVM, on free ports
 * and a fresh state folder under target/, starting real Kafka, PostgreSQL, the token issuer and the three packaged
 * services. Stopped with SIGTERM, as Ctrl-C would, once per test JVM.
 */
final class LocalStack {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalStack instance;

    private final Process launcher;
    private final JsonNode stack;
    private final HttpClient http = HttpClient.newHttpClient();

    private LocalStack(Process launcher, JsonNode stack) {
        this.launcher = launcher;
        this.stack = stack;
    }

    static synchronized LocalStack get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }

    String baseUrl(String service) {
        return stack.path("services").path(service).path("baseUrl").asText();
    }

    String token(String subject, Set<String> roles, String tenant, String email) {
        try {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("subject", subject, "roles", roles));
            if (tenant != null) {
                body.put("tenant", tenant);
            }
            if (email != null) {
                body.put("email", email);
            }
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(stack.path("tokenEndpoint").asText()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static LocalStack start() {
        Path root = Path.of(System.getProperty("credstack.root", "..")).toAbsolutePath().normalize();
        Path state = root.resolve("e2e-tests/target/e2e-stack");
        try {
            Path log = Files.createDirectories(root.resolve("e2e-tests/target")).resolve("e2e-launcher.log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classpath(root), "org.credstack.devstack.Launcher", "up", "--fresh",
                    "--state-dir", state.toString()));
            for (String option : List.of("--postgres-port", "--kafka-port", "--kafka-controller-port",
                    "--tokens-port", "--issuance-port", "--wallet-port", "--recognition-port")) {
                command.add(option);
                command.add(Integer.toString(freePort()));
            }
            Process process = new ProcessBuilder(command).directory(root.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Path stackJson = state.resolve("stack.json");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The launcher exited with " + process.exitValue()
                            + "; see " + log + ":\n" + Files.readString(log));
                }
                if (Files.exists(stackJson)) {
                    LocalStack stack = new LocalStack(process, JSON.readTree(stackJson.toFile()));
                    if (stack.allReady()) {
                        return stack;
                    }
                }
                Thread.sleep(250);
            }
            process.destroy();
            throw new IllegalStateException("The stack did not come up within 240 s; see " + log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean allReady() {
        for (String service : List.of("issuance", "wallet", "recognition")) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                        URI.create(baseUrl(service) + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 200) {
                    return false;
                }
            } catch (IOException | IllegalArgumentException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    void stop() {
        launcher.destroy();
        try {
            if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
                launcher.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String classpath(Path root) throws IOException {
        Path target = root.resolve("devstack/target");
        String dependencies = Files.readString(target.resolve("classpath.txt")).trim();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "devstack-*.jar")) {
            for (Path jar : jars) {
                if (!jar.getFileName().toString().endsWith("-sources.jar")) {
                    return jar + java.io.File.pathSeparator + dependencies;
                }
            }
        }
        throw new IllegalStateException("devstack is not packaged under " + target);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
