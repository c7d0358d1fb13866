package org.credstack.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import org.credstack.events.EventJson;

/**
 * Refuses a request to one endpoint whose Content-Length exceeds a limit with a 413 problem+json, before its body is
 * read. Quarkus's own check (route order -2) answers only past the server-wide limit, and with no body; this route
 * runs just before it. A chunked body without Content-Length must be capped by the endpoint itself.
 */
public final class ContentLengthLimit {

    /** Quarkus's body size check runs at order -2 (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT). */
    private static final int BEFORE_QUARKUS_LIMIT = -3;

    private ContentLengthLimit() {
    }

    public static void install(Router router, HttpMethod method, String path, long limit, String detail) {
        install(router, method, path, limit, Problem.of(413, "body-too-large", "The body is too large", detail));
    }

    /** As above, answering {@code problem} (its instance set to {@code path}). */
    public static void install(Router router, HttpMethod method, String path, long limit, Problem problem) {
        byte[] body = bytes(problem.withInstance(path));
        router.route(method, path).order(BEFORE_QUARKUS_LIMIT).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && declared(length) > limit) {
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(Buffer.buffer(body))
                        // the announced body is never read: close rather than leave the client sending into a stall
                        .onComplete(sent -> context.request().connection().close());
                return;
            }
            context.next();
        });
    }

    private static long declared(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1; // Quarkus and Vert.x refuse it themselves
        }
    }

    private static byte[] bytes(Problem problem) {
        try {
            return EventJson.mapper().writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
