package org.credstack.recognition.qualification.api;

import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.credstack.platform.domain.NotFound;
import org.credstack.platform.idempotency.Idempotency;
import org.credstack.platform.security.Caller;
import org.credstack.platform.security.Roles;
import org.credstack.platform.web.IfMatch;
import org.credstack.recognition.qualification.application.QualificationRecord;
import org.credstack.recognition.qualification.application.QualificationRows;
import org.credstack.recognition.qualification.application.Qualifications;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/qualifications")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Qualifications", description = "Stackable qualifications: rules over micro-credentials, in versions")
@SecurityRequirement(name = "bearer")
public class QualificationResource {

    static final String PROBLEM = "application/problem+json";
    static final String IF_MATCH_DOC = "Required: the ETag of the qualification as you last read it, such as \"3\". "
            + "Another version answers 412; no If-Match answers 428; * applies to whatever version is current.";
    static final String STAFF = "Issuer admins, staff and assessors of the institution";

    @Inject
    Qualifications qualifications;
    @Inject
    QualificationRows rows;
    @Inject
    Idempotency idempotency;
    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.ISSUER_ADMIN)
    @Operation(summary = "Define a qualification", description = "Creates version 1 as a draft of the caller's "
            + "institution, after checking the rules against the achievement catalogue and the institution's other "
            + "qualifications. Nobody is evaluated against it until POST /v1/qualifications/{id}/publish.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "certificate of three micro-credentials", value = QualificationExamples.CERTIFICATE),
            @ExampleObject(name = "diploma with electives", value = QualificationExamples.DIPLOMA)}))
    @APIResponse(responseCode = "201", description = "Defined; Location names it",
            headers = {@Header(name = "ETag"), @Header(name = "Location")}, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "defined",
            value = QualificationExamples.DEFINED)))
    @APIResponse(responseCode = "400", description = "Unreadable JSON, wrongly typed or unknown fields",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "The rules cannot be accepted: every problem, with its field "
            + "and rule", content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "refused",
            value = QualificationExamples.REFUSED)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an issuer admin of an institution")
    public Response define(
            @Parameter(description = "Makes retries safe: the same key and body return the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull QualificationRequest request) {
        String tenant = caller.requireTenant();
        return idempotency.execute(tenant, idempotencyKey, "POST /v1/qualifications", request, () -> {
            String id = qualifications.define(tenant, request.toDefinition());
            return written(Response.created(URI.create("/v1/qualifications/" + id)), id);
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ISSUER_ADMIN)
    @Operation(summary = "Revise a qualification", description = "Replaces the open draft; when the latest version "
            + "is published, opens the next version as a draft (the published one stays in force until the draft "
            + "is published). The whole definition is sent, as in POST, and checked again.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "certificate of three micro-credentials", value = QualificationExamples.CERTIFICATE),
            @ExampleObject(name = "diploma with electives", value = QualificationExamples.DIPLOMA)}))
    @APIResponse(responseCode = "200", description = "Revised (or unchanged, when the definition is the same)",
            headers = @Header(name = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "revised after publication", value = QualificationExamples.PUBLISHED)))
    @APIResponse(responseCode = "400", description = "Unreadable JSON, unknown fields, or a malformed If-Match",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "Unknown, or another institution's",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "If-Match names another version (rule stale-version)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "stale",
            value = QualificationExamples.STALE)))
    @APIResponse(responseCode = "422", description = "The rules cannot be accepted, such as a nesting cycle",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "cycle",
            value = QualificationExamples.CYCLE)))
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(mediaType = PROBLEM))
    public Response revise(@PathParam("id") String id,
                           @Parameter(description = IF_MATCH_DOC) @HeaderParam(IfMatch.HEADER) String ifMatch,
                           @Valid @NotNull QualificationRequest request) {
        String tenant = caller.requireTenant();
        qualifications.revise(tenant, id, request.toDefinition(), expected(ifMatch));
        return written(Response.ok(), id);
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.WILDCARD) // no body: a client need not name a content type
    @RolesAllowed(Roles.ISSUER_ADMIN)
    @Operation(summary = "Publish the draft version", description = "Checks the draft again (components may have "
            + "changed since it was saved), then puts it in force from now: learners are evaluated against it and "
            + "QualificationPublished goes out on credstack.recognition.v1. The previous version stays answerable "
            + "for the instants it was in force.")
    @APIResponse(responseCode = "200", description = "Published", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "published", value = QualificationExamples.PUBLISHED)))
    @APIResponse(responseCode = "404", description = "Unknown, or another institution's",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "No draft to publish (rule no-draft-to-publish)",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "If-Match names another version",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "The draft's rules can no longer be met",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(mediaType = PROBLEM))
    public Response publish(@PathParam("id") String id,
                            @Parameter(description = IF_MATCH_DOC) @HeaderParam(IfMatch.HEADER) String ifMatch,
                            @Parameter(description = "Makes retries safe")
                            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        String tenant = caller.requireTenant();
        Long expected = expected(ifMatch);
        return idempotency.execute(tenant, idempotencyKey, "POST /v1/qualifications/" + id + "/publish",
                new PublishTarget(id, expected), () -> {
                    qualifications.publish(tenant, id, expected);
                    return written(Response.ok(), id);
                });
    }

    @GET
    @RolesAllowed({Roles.ISSUER_ADMIN, Roles.ISSUER_STAFF, Roles.ASSESSOR, Roles.LEARNER})
    @Operation(summary = "List qualifications", description = STAFF + " list theirs, drafts included. With "
            + "published=true anyone may list an institution's published qualifications (issuerId=, by default "
            + "the caller's own): learners must use that form. Ordered by when they were defined.")
    @APIResponse(responseCode = "200", description = "The qualifications", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "list",
            value = QualificationExamples.LIST)))
    @APIResponse(responseCode = "400", description = "published not true or false, or a learner without issuerId",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Drafts of another institution, or a learner without "
            + "published=true", content = @Content(mediaType = PROBLEM))
    public QualificationList list(
            @Parameter(description = "The institution; anyone but its own staff needs published=true")
            @QueryParam("issuerId") String issuerId,
            @Parameter(description = "true: published qualifications only, each as its newest published version")
            @QueryParam("published") String published) {
        if (flag(published)) {
            String issuer = Optional.ofNullable(issuerId).or(this::staffTenant).orElseThrow(() ->
                    new IllegalArgumentException("issuerId is required: the institution whose qualifications to list"));
            return new QualificationList(rows.publishedOf(issuer).stream().map(QualificationList::publishedOnly)
                    .toList());
        }
        String own = staffTenant().orElseThrow(ForbiddenException::new);
        if (issuerId != null && !issuerId.equals(own)) {
            throw new ForbiddenException();
        }
        List<QualificationRecord> all = rows.ofIssuer(own);
        return new QualificationList(all.stream().map(QualificationList::of).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ISSUER_ADMIN, Roles.ISSUER_STAFF, Roles.ASSESSOR, Roles.LEARNER})
    @Operation(summary = "Read a qualification", description = STAFF + " see the draft and every published "
            + "version with the instant it took effect; the ETag is what If-Match needs. Anyone else sees the "
            + "published versions only, and a never-published qualification of another institution is not found.")
    @APIResponse(responseCode = "200", description = "The qualification", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "published",
            value = QualificationExamples.PUBLISHED)))
    @APIResponse(responseCode = "404", description = "Unknown, or another institution's never published",
            content = @Content(mediaType = PROBLEM))
    public Response get(@PathParam("id") String id) {
        QualificationRecord q = rows.find(id).orElseThrow(() -> new NotFound("Qualification", id));
        if (staffTenant().filter(q.issuerId()::equals).isPresent()) {
            return Response.ok(QualificationResponse.of(q)).tag(IfMatch.etag(q.aggregateVersion())).build();
        }
        if (q.published().isEmpty()) {
            throw new NotFound("Qualification", id);
        }
        return Response.ok(QualificationResponse.publishedOnly(q)).build();
    }

    /** What a retried publish must repeat exactly to replay. */
    record PublishTarget(String id, Long expectedVersion) {
    }

    /**
     * The institution whose drafts the caller may see: a token with a staff role names it. A learner has none,
     * whatever tenant claim the token might carry.
     */
    private Optional<String> staffTenant() {
        boolean staff = caller.hasRole(Roles.ISSUER_ADMIN) || caller.hasRole(Roles.ISSUER_STAFF)
                || caller.hasRole(Roles.ASSESSOR);
        return staff ? caller.tenant() : Optional.empty();
    }

    /** A boolean query parameter spelled exactly true or false; absent is false. */
    private static boolean flag(String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new IllegalArgumentException("published must be true or false, not " + value);
    }

    private static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new QualificationProblems.IfMatchRequired();
        }
        return IfMatch.expectedVersion(ifMatch);
    }

    private Response written(Response.ResponseBuilder response, String id) {
        QualificationRecord q = rows.find(id).orElseThrow(() -> new NotFound("Qualification", id));
        return response.entity(QualificationResponse.of(q)).tag(IfMatch.etag(q.aggregateVersion())).build();
    }
}
