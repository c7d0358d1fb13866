package org.credstack.devstack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A service of the running local stack as {@code stack.json} (written by {@code ./credstack up}) describes it. */
record StackService(String name, String baseUrl, String log, String tokenEndpoint, String storedToken) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code <stateDir>/stack.json}'s entry for {@code service} ({@code wallet} or {@code wallet-service}). */
    static StackService read(Path stateDir, String service) {
        Path stackJson = stateDir.resolve("stack.json");
        if (!Files.isRegularFile(stackJson)) {
            throw new CommandFailure(RebuildCommand.EXIT_FAILED,
                    stackJson + " not found: is the stack running? ./credstack up");
        }
        JsonNode stack;
        try {
            stack = JSON.readTree(stackJson.toFile());
        } catch (IOException e) {
            throw new CommandFailure(RebuildCommand.EXIT_FAILED, "cannot read " + stackJson + ": " + e.getMessage());
        }
        JsonNode services = stack.path("services");
        List<String> valid = new ArrayList<>();
        services.fieldNames().forEachRemaining(valid::add);
        String name = service.endsWith("-service") ? service.substring(0, service.length() - 8) : service;
        JsonNode svc = services.path(name);
        if (!svc.isObject()) {
            throw new UsageError("unknown service '" + service + "'; valid services: "
                    + (valid.isEmpty() ? "(none in " + stackJson + ")" : String.join(", ", valid)));
        }
        String baseUrl = svc.path("baseUrl").asText(null);
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new CommandFailure(RebuildCommand.EXIT_FAILED, stackJson + " has no baseUrl for " + name);
        }
        if (svc.has("running") && !svc.path("running").asBoolean()) {
            throw new CommandFailure(RebuildCommand.EXIT_FAILED, name + "-service is not running in this stack (see "
                    + "the output of ./credstack up; is its quarkus-run.jar built, or was it started with "
                    + "--infra-only?)");
        }
        return new StackService(name, baseUrl.replaceAll("/+$", ""), svc.path("log").asText(null),
                stack.path("tokenEndpoint").asText(null), stack.path("tokens").path("operator").asText(null));
    }

    URI uri(String path) {
        return URI.create(baseUrl + path);
    }
}
