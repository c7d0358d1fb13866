package org.credstack.devstack;

import static org.credstack.devstack.RebuildCommand.EXIT_FAILED;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Calls a service's {@code /admin} API as the operator: the token comes from the dev token issuer (or, if that does
 * not answer, from stack.json) and is renewed once when a call answers 401.
 */
final class AdminClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private String token;

    /** One request with the operator token; a 401 is retried once with a newly minted token. */
    Reply call(StackService service, String method, URI uri) {
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

    /** A fresh operator token from the dev token issuer, else the one {@code ./credstack up} stored. */
    private String operatorToken(StackService service, boolean renew) {
        if (token != null && !renew) {
            return token;
        }
        String why = "stack.json has no tokenEndpoint";
        if (service.tokenEndpoint() != null && !service.tokenEndpoint().isBlank()) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(service.tokenEndpoint()))
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
                why = "token endpoint " + service.tokenEndpoint() + " answered HTTP " + r.statusCode();
            } catch (IOException | IllegalArgumentException e) {
                why = "token endpoint " + service.tokenEndpoint() + " unreachable (" + describe(e) + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CommandFailure(130, "interrupted");
            }
        }
        if (service.storedToken() != null && !service.storedToken().isBlank()) {
            return token = service.storedToken();
        }
        throw new CommandFailure(EXIT_FAILED, "cannot get an operator token: " + why
                + " and stack.json has no tokens.operator; is the stack running? ./credstack up");
    }

    private Reply send(StackService service, String method, URI uri, String bearer) {
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
            throw new CommandFailure(EXIT_FAILED, "cannot reach " + service.name() + "-service at "
                    + service.baseUrl() + " (" + describe(e) + "): is the stack running? ./credstack up");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(130, "interrupted");
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

    /** An answer of the service. */
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
                throw new CommandFailure(EXIT_FAILED, method + " " + uri.getPath() + " answered HTTP " + status
                        + " without a JSON body");
            }
            return n;
        }
    }
}
