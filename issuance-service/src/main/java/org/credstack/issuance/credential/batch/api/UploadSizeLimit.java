package org.credstack.issuance.credential.batch.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.credstack.events.EventJson;
import org.credstack.platform.web.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses an upload whose Content-Length exceeds {@code quarkus.http.limits.max-body-size} with a 413 problem+json,
 * before its body is read. Quarkus's own check (route order -2) would answer the same status with no body; this route
 * runs just before it, for the batch endpoint only. A chunked upload without Content-Length that grows past the limit
 * is still cut off by Quarkus with a bare 413.
 */
@ApplicationScoped
public class UploadSizeLimit {

    /** Quarkus's body size check runs at order -2 (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT). */
    private static final int BEFORE_QUARKUS_LIMIT = -3;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        byte[] problem = problem(limit);
        router.post(CredentialBatchResource.PATH).order(BEFORE_QUARKUS_LIMIT).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && declared(length) > limit) {
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(Buffer.buffer(problem))
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

    private static byte[] problem(long limit) {
        String message = "the body may have at most " + limit + " bytes; split the upload";
        try {
            return EventJson.mapper().writeValueAsBytes(Problem.of(413, "body-too-large", "The body is too large",
                            "Content-Length: " + message).withErrors(List.of(new Problem.FieldError("body", message)))
                    .withInstance(CredentialBatchResource.PATH));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
