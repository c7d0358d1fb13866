package org.credstack.platform.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.NotFound;
import org.credstack.platform.security.MissingTenantException;
import org.credstack.platform.security.MissingVerifiedEmailException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one mapping of exceptions to RFC 9457 problem+json for every service. Bad input is a 4xx naming what is
 * wrong; an unexpected failure is a 500 with an opaque detail (the stack trace goes to the log, never the client).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return Problem.of(400, "validation", "The request is not valid", detail)
                .withErrors(errors).withInstance(uri.getPath()).toResponse();
    }

    /** Jackson's own subtypes are named so that they win over Quarkus's built-in mappers (which send no body). */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class,
            JsonParseException.class, InvalidFormatException.class, UnrecognizedPropertyException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof MismatchedInputException mismatch ? path(mismatch) : null;
        String detail;
        if (e instanceof UnrecognizedPropertyException) {
            detail = "Field '" + field + "' is not part of this request";
        } else if (e instanceof MismatchedInputException) {
            detail = "Field '" + field + "' has the wrong type or format";
        } else {
            detail = "The body is not valid JSON: " + e.getOriginalMessage();
        }
        Problem problem = Problem.of(400, "malformed-body", "The request body cannot be read", detail);
        if (field != null && !field.isEmpty()) {
            problem = problem.withErrors(List.of(new Problem.FieldError(field,
                    e instanceof UnrecognizedPropertyException ? "unknown field" : "wrong type or format")));
        }
        return problem.withInstance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response rule(DomainRuleViolation e, UriInfo uri) {
        int status = e.kind() == DomainRuleViolation.Kind.INVALID ? 422 : 409;
        return Problem.of(status, "rule/" + e.rule(), "A business rule forbids this", e.getMessage())
                .withRule(e.rule()).withInstance(uri.getPath()).toResponse();
    }

    /** Two changes from the same version: Axon's optimistic check (a stale If-Match) lost the race. */
    @ServerExceptionMapper
    public Response conflictingVersion(ConflictingModificationException e, UriInfo uri) {
        return Problem.of(409, "rule/stale-version", "The resource changed meanwhile",
                        "Another change was made since the version you sent in If-Match; read it again and retry")
                .withRule("stale-version").withInstance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(NotFound e, UriInfo uri) {
        return Problem.of(404, "not-found", "Not found", e.getMessage()).withInstance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response aggregateNotFound(AggregateNotFoundException e, UriInfo uri) {
        return Problem.of(404, "not-found", "Not found", "No such resource").withInstance(uri.getPath())
                .toResponse();
    }

    @ServerExceptionMapper
    public Response commandFailed(CommandExecutionException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof DomainRuleViolation violation) {
            return rule(violation, uri);
        }
        if (cause instanceof NotFound notFound) {
            return notFound(notFound, uri);
        }
        if (cause instanceof ConflictingModificationException conflict) {
            return conflictingVersion(conflict, uri);
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response missingTenant(MissingTenantException e, UriInfo uri) {
        return Problem.of(403, "no-tenant", "Forbidden", e.getMessage()).withInstance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response missingVerifiedEmail(MissingVerifiedEmailException e, UriInfo uri) {
        return Problem.of(403, "no-verified-email", "Forbidden", e.getMessage()).withInstance(uri.getPath())
                .toResponse();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(Problem.of(401, "unauthorized", "Unauthorized",
                        "A valid bearer token is required").withInstance(uri.getPath()).toResponse())
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problem.of(403, "forbidden", "Forbidden", "The token's roles do not allow this operation")
                .withInstance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String title = Response.Status.fromStatusCode(status) == null
                ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? title : e.getMessage();
        return Response.fromResponse(Problem.of(status, "http-" + status, title, detail)
                .withInstance(uri.getPath()).toResponse()).build();
    }

    @ServerExceptionMapper
    public Response illegalArgument(IllegalArgumentException e, UriInfo uri) {
        return Problem.of(400, "bad-request", "The request is not valid", e.getMessage())
                .withInstance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (overloaded(e)) {
            // load shedding, not a fault: the client may retry (with its Idempotency-Key) after a pause
            LOG.warnf("Overloaded serving %s: no database connection within the acquisition timeout", uri.getPath());
            return Response.fromResponse(Problem.of(503, "overloaded", "Service Unavailable",
                    "The service is at capacity; retry after a short pause").withInstance(uri.getPath())
                    .toResponse()).header("Retry-After", "1").build();
        }
        LOG.error("Unexpected failure serving " + uri.getPath(), e);
        return Problem.of(500, "internal", "Internal error",
                "The request could not be completed; the failure has been logged").withInstance(uri.getPath())
                .toResponse();
    }

    /** The connection pool had no connection to give within its acquisition timeout (Agroal's message). */
    private static boolean overloaded(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException && t.getMessage() != null
                    && t.getMessage().contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // "register.request.name" → "name": drop the method and parameter segments of a resource method
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", List.of(parts).subList(2, parts.length)) : path;
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
