package org.credstack.bench;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The local stack's service base URLs: {@code services.<name>.baseUrl} of {@code stack.json} (written by
 * {@code ./credstack up}), else the launcher's default ports.
 */
final class StackUrls {

    private StackUrls() {
    }

    /** The base URL of service {@code name} (issuance, wallet, recognition), without a trailing slash. */
    static String service(JsonNode stack, String name) {
        JsonNode url = stack == null ? null : stack.at("/services/" + name + "/baseUrl");
        if (url != null && url.isTextual() && !url.asText().isBlank()) {
            return url.asText().replaceAll("/+$", "");
        }
        return switch (name) {
            case "issuance" -> "http://localhost:8081";
            case "wallet" -> "http://localhost:8082";
            case "recognition" -> "http://localhost:8083";
            default -> throw new IllegalArgumentException("unknown service " + name);
        };
    }
}
