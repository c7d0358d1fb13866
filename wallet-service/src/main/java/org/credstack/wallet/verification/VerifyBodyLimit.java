package org.credstack.wallet.verification;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.credstack.platform.web.ContentLengthLimit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A verification or import request may have at most {@code credstack.verification.max-body-size}: a larger Content-Length is a
 * 413 problem+json before the body is read; a chunked body is cut off at the same size by {@link VerifyResource}.
 */
@ApplicationScoped
public class VerifyBodyLimit {

    /** Imports take the same bodies as the verifier, under the same limit. */
    static final String IMPORTS_PATH = "/v1/wallet/imports";

    @ConfigProperty(name = "credstack.verification.max-body-size", defaultValue = "1M")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        ContentLengthLimit.install(router, HttpMethod.POST, VerifyResource.PATH, limit,
                "A credential to verify may have at most " + limit + " bytes");
        ContentLengthLimit.install(router, HttpMethod.POST, IMPORTS_PATH, limit,
                "A credential to import may have at most " + limit + " bytes");
    }
}
