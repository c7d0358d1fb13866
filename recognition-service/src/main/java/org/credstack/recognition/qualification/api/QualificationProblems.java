package org.credstack.recognition.qualification.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.credstack.platform.web.Problem;
import org.credstack.recognition.qualification.application.RuleProblemsFound;
import org.credstack.recognition.qualification.application.StaleVersion;
import org.credstack.recognition.qualification.domain.RuleProblem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The problems only recognition raises, in the platform's problem+json shape. A refused definition lists every
 * problem with the rule it breaks, which the platform's field errors have no room for; its type and {@code rule}
 * are those of the first problem, as for any single broken rule.
 */
public class QualificationProblems {

    /** RFC 9457 problem with one entry per broken rule. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RuleProblemsBody(String type, String title, int status, String detail, String instance,
            String rule, List<RuleProblem> errors) {
    }

    /** A conditional request was required (PUT and publish): If-Match carries the version the client saw. */
    public static class IfMatchRequired extends RuntimeException {
        public IfMatchRequired() {
            super("Send If-Match with the ETag of the qualification as you last read it (GET /v1/qualifications/{id})");
        }
    }

    @ServerExceptionMapper
    public Response refused(RuleProblemsFound e, UriInfo uri) {
        List<RuleProblem> problems = e.problems();
        String detail = problems.size() == 1 ? problems.get(0).message()
                : problems.size() + " problems, the first: " + problems.get(0).message();
        RuleProblemsBody body = new RuleProblemsBody(typeOf(problems.get(0).rule()), "The rules cannot be accepted",
                422, detail, uri.getPath(), problems.get(0).rule(), problems);
        return Response.status(422).type(Problem.MEDIA).entity(body).build();
    }

    /** The type URI the platform gives a broken rule, so that clients match both shapes alike. */
    private static String typeOf(String rule) {
        return Problem.of(422, "rule/" + rule, null, null).type();
    }

    @ServerExceptionMapper
    public Response stale(StaleVersion e, UriInfo uri) {
        return Problem.of(412, "rule/stale-version", "Precondition Failed", e.getMessage()).withRule("stale-version")
                .withInstance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response ifMatchRequired(IfMatchRequired e, UriInfo uri) {
        return Problem.of(428, "if-match-required", "Precondition Required", e.getMessage())
                .withInstance(uri.getPath()).toResponse();
    }
}
