package org.credstack.recognition.rplclaim.api;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.credstack.platform.web.ContentLengthLimit;
import org.credstack.platform.web.Problem;
import org.credstack.recognition.rplclaim.application.RplSettings;

/**
 * An evidence upload announcing more than {@code credstack.rpl.evidence.max-file-size} (plus room for a multipart
 * envelope) is a 413 problem+json before its body is read. A body that is not announced (chunked) or whose file alone
 * is too large is measured by {@link RplEvidenceResource}, with the same answer.
 */
@ApplicationScoped
public class RplUploadLimit {

    static final String RULE = "evidence-file-too-large";
    /** Boundaries and part headers of a multipart/form-data body around the file. */
    static final long MULTIPART_ENVELOPE = 64 * 1024;

    @Inject
    RplSettings settings;

    void install(@Observes Router router) {
        long limit = settings.evidence().maxFileSize().asLongValue();
        ContentLengthLimit.install(router, HttpMethod.POST, "/v1/rpl-claims/:id/evidence", limit + MULTIPART_ENVELOPE,
                problem(limit));
    }

    static Problem problem(long limit) {
        return Problem.of(413, "rule/" + RULE, "The evidence file is too large",
                "An evidence file may have at most " + limit + " bytes (credstack.rpl.evidence.max-file-size)")
                .withRule(RULE);
    }

    static Response tooLarge(long limit, String path) {
        return problem(limit).withInstance(path).toResponse();
    }
}
