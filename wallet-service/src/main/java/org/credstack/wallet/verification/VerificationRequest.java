package org.credstack.wallet.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/**
 * What a client asks to verify: a credential with an embedded proof, a compact VC-JWT, or the URL of a credential.
 * A JSON object whose only member is {@code jwt} or {@code url} is the wrapped form; any other object is the
 * credential itself.
 */
public sealed interface VerificationRequest {

    record Embedded(ObjectNode credential) implements VerificationRequest {
    }

    record Jwt(String jwt) implements VerificationRequest {
    }

    record Url(URI url) implements VerificationRequest {
    }

    /**
     * Reads a request body of at most {@code limit} bytes; a longer one (a chunked body without Content-Length that
     * passed the early check) is a 413.
     */
    public static byte[] read(InputStream body, long limit) throws IOException {
        byte[] bytes = body.readNBytes((int) limit + 1);
        if (bytes.length > limit) {
            throw new WebApplicationException("The body may have at most " + limit + " bytes", 413);
        }
        return bytes;
    }

    /** @throws IllegalArgumentException naming what is wrong with the body (answered as 400) */
    public static VerificationRequest of(JsonNode body) {
        if (body == null || body.isMissingNode()) {
            throw new IllegalArgumentException("The body is empty: send a credential, {\"jwt\": ...} or {\"url\": ...}");
        }
        if (!body.isObject()) {
            throw new IllegalArgumentException("The body must be a JSON object: a credential, {\"jwt\": ...} or "
                    + "{\"url\": ...}");
        }
        if (body.size() == 1 && body.has("jwt")) {
            return new Jwt(text(body, "jwt"));
        }
        if (body.size() == 1 && body.has("url")) {
            try {
                return new Url(URI.create(text(body, "url")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("url is not a URL: " + e.getMessage(), e);
            }
        }
        return new Embedded((ObjectNode) body);
    }

    private static String text(JsonNode body, String name) {
        JsonNode value = body.get(name);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(name + " must be a non-empty string");
        }
        return value.asText().strip();
    }
}
