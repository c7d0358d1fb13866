package org.credstack.wallet.verification;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.credstack.events.EventJson;
import org.credstack.platform.web.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a verification or import request whose Content-Length exceeds {@code credstack.verification.max-body-size} with a
 * 413 problem+json before its body is read (Quarkus's own limit, order -2, would answer a bare 413 only past the
 * server-wide limit). A chunked body without Content-Length is cut off at the same size by {@link VerifyResource}.
 */
@ApplicationScoped
public class VerifyBodyLimit {

    /** Imports take the same bodies as the verifier, under the same limit. */
    static final String IMPORTS_PATH = "/v1/wallet/imports";

    /** Quarkus's body size check runs at order -2 (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT). */
    private static final int BEFORE_QUARKUS_LIMIT = -3;

    @ConfigProperty(name = "credstack.verification.max-body-size", defaultValue = "1M")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        byte[] problem = problem(limit);
        for (String path : new String[] {VerifyResource.PATH, IMPORTS_PATH}) {
            install(router, path, limit, problem);
        }
    }

    private static void install(Router router, String path, long limit, byte[] problem) {
        router.post(path).order(BEFORE_QUARKUS_LIMIT).handler(context -> {
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
        try {
            return EventJson.mapper().writeValueAsBytes(Problem.of(413, "body-too-large", "The body is too large",
                    "A credential to verify or import may have at most " + limit + " bytes"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
