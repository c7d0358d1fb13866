package org.credstack.issuance.credential.batch.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.credstack.platform.web.ContentLengthLimit;
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

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        String message = "the body may have at most " + limit + " bytes; split the upload";
        ContentLengthLimit.install(router, HttpMethod.POST, CredentialBatchResource.PATH, limit,
                Problem.of(413, "body-too-large", "The body is too large", "Content-Length: " + message)
                        .withErrors(List.of(new Problem.FieldError("body", message))));
    }
}
