package org.credstack.recognition.rplclaim.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.credstack.platform.idempotency.Idempotency;
import org.credstack.platform.security.Caller;
import org.credstack.recognition.rplclaim.domain.Sha256;

/**
 * Idempotency-Key for the RPL POSTs, scoped per caller: learners have no tenant, and two staff of one institution
 * must not replay each other's answers. The subject is hashed to fit the key table's scope column.
 */
@ApplicationScoped
public class RplIdempotency {

    static final String KEY_DOC = "Makes retries safe: the same key and body return the first response";

    @Inject
    Idempotency idempotency;
    @Inject
    Caller caller;

    Response run(String key, String operation, Object request, Supplier<Response> work) {
        return idempotency.execute("rpl:" + Sha256.ofText(caller.subject()), key, operation, request, work);
    }
}
