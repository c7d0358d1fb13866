package org.credstack.issuance.achievement.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.credstack.issuance.achievement.domain.DraftAchievement;
import org.credstack.issuance.achievement.domain.PublishAchievement;
import org.credstack.issuance.achievement.domain.RetireAchievement;
import org.credstack.issuance.achievement.domain.ReviseAchievement;
import org.credstack.issuance.achievement.projection.AchievementRecord;
import org.credstack.issuance.achievement.projection.AchievementStatus;
import org.credstack.issuance.achievement.projection.AchievementVersionRecord;
import org.credstack.issuance.issuer.projection.IssuerRecord;
import org.credstack.platform.axon.Commands;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.NotFound;
import org.credstack.platform.idempotency.Idempotency;
import org.credstack.platform.web.IfMatch;
import org.credstack.platform.security.Caller;
import org.credstack.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/achievements")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Achievements", description = "Micro-credential definitions, in versions: draft, publish, retire")
@SecurityRequirement(name = "bearer")
public class AchievementResource {

    static final String PROBLEM = "application/problem+json";
    static final String IF_MATCH_DOC = "The ETag the client last saw (the aggregate version, such as \"3\"); a "
            + "stale one answers 409. Without it the change applies to whatever version is current.";

    @Inject
    Commands commands;
    @Inject
    Idempotency idempotency;
    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.ISSUER_ADMIN)
    @Operation(summary = "Draft a new achievement", description = "Creates version 1 as a draft of the caller's "
            + "institution. Nothing is published until POST /v1/achievements/{id}/publish.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "micro-credential", value = AchievementExamples.DEFINITION)))
    @APIResponse(responseCode = "201", description = "Drafted", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "drafted", value = AchievementExamples.DRAFTED)))
    @APIResponse(responseCode = "400", description = "Invalid, wrongly typed or unknown fields, named in errors",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "The tenant is not a registered issuer",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an issuer admin of a tenant")
    public Response draft(
            @Parameter(description = "Makes retries safe: the same key and body return the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull AchievementFields request) {
        String tenant = caller.requireTenant();
        if (IssuerRecord.findById(tenant) == null) {
            throw new DomainRuleViolation("issuer-not-registered", "The token's tenant " + tenant
                    + " is not a registered issuer", DomainRuleViolation.Kind.INVALID);
        }
        return idempotency.execute(tenant, idempotencyKey, "POST /v1/achievements", request, () -> {
            String id = UUID.randomUUID().toString();
            commands.send(new DraftAchievement(id, tenant, request.toDefinition()));
            return written(Response.created(URI.create("/v1/achievements/" + id)), id);
        });
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.ISSUER_ADMIN, Roles.ISSUER_STAFF})
    @Operation(summary = "List achievements", description = "Issuer staff see their institution's; operators see "
            + "every institution's, or one's with issuer=. Ordered by id; follow nextCursor for more.")
    @APIResponse(responseCode = "200", description = "A page", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = """
                    {"items":[{"id":"3f6e0c1a-2b7d-4e58-9a41-0c2d7b8e5f10","issuerId":"demo-university",
                     "status":"PUBLISHED","name":"Data Literacy for Public Servants",
                     "achievementType":"MicroCredential","latestVersion":2,"publishedVersion":1,"draftVersion":2,
                     "updatedAt":"2026-11-29T10:05:00Z"}],
                     "nextCursor":"3f6e0c1a-2b7d-4e58-9a41-0c2d7b8e5f10"}""")))
    @APIResponse(responseCode = "400", description = "Unknown status or bad limit",
            content = @Content(mediaType = PROBLEM))
    public AchievementPage list(
            @Parameter(description = "DRAFT, PUBLISHED or RETIRED") @QueryParam("status") String status,
            @Parameter(description = "Operators only: one institution's") @QueryParam("issuer") String issuer,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > 200) {
            throw new IllegalArgumentException("limit must be 1 to 200");
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("1 = 1");
        String tenant = caller.hasRole(Roles.OPERATOR) ? issuer : caller.requireTenant();
        if (tenant != null) {
            where.append(" and issuerId = :issuer");
            params.put("issuer", tenant);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status(status));
        }
        if (cursor != null) {
            where.append(" and achievementId > :cursor");
            params.put("cursor", cursor);
        }
        List<AchievementRecord> rows = AchievementRecord.<AchievementRecord>find(
                where + " order by achievementId", params).range(0, limit).list();
        List<AchievementPage.Summary> items = rows.stream().limit(limit).map(AchievementPage.Summary::of).toList();
        String next = rows.size() > limit ? items.get(limit - 1).id() : null;
        return new AchievementPage(items, next);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OPERATOR, Roles.ISSUER_ADMIN, Roles.ISSUER_STAFF})
    @Operation(summary = "Read an achievement", description = "With its latest version (the open draft if any). "
            + "The ETag is the version to send back in If-Match.")
    @APIResponse(responseCode = "200", description = "The achievement", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "drafted", value = AchievementExamples.DRAFTED)))
    @APIResponse(responseCode = "404", description = "Unknown, or another tenant's",
            content = @Content(mediaType = PROBLEM))
    public Response get(@PathParam("id") String id) {
        AchievementRecord achievement = visible(id);
        return Response.ok(AchievementResponse.of(achievement,
                        AchievementVersionRecord.find(id, achievement.latestVersion)))
                .tag(IfMatch.etag(achievement.aggregateVersion)).build();
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({Roles.OPERATOR, Roles.ISSUER_ADMIN, Roles.ISSUER_STAFF})
    @Operation(summary = "Read one version of an achievement",
            description = "Every version stays readable: credentials point at the version they were issued from.")
    @APIResponse(responseCode = "200", description = "The version", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "version",
                    value = AchievementExamples.VERSION)))
    @APIResponse(responseCode = "404", description = "Unknown version, or another tenant's achievement",
            content = @Content(mediaType = PROBLEM))
    public Response version(@PathParam("id") String id, @PathParam("version") int version) {
        AchievementRecord achievement = visible(id);
        AchievementVersionRecord record = AchievementVersionRecord.find(id, version);
        if (record == null) {
            throw new NotFound("Achievement version", id + "/" + version);
        }
        return Response.ok(AchievementVersionResponse.of(record))
                .tag(IfMatch.etag(achievement.aggregateVersion)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ISSUER_ADMIN)
    @Operation(summary = "Edit an achievement", description = "Replaces the open draft; when the latest version "
            + "is published, opens the next version as a draft (the published one stays issuable until the draft "
            + "is published). The whole definition is sent, as in POST.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "micro-credential", value = AchievementExamples.DEFINITION)))
    @APIResponse(responseCode = "200", description = "Edited", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "edited", value = AchievementExamples.EDITED)))
    @APIResponse(responseCode = "400", description = "Invalid, wrongly typed or unknown fields",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "Unknown, or another tenant's",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Stale If-Match (rule stale-version), or retired "
            + "(rule achievement-retired)", content = @Content(mediaType = PROBLEM))
    public Response revise(@PathParam("id") String id,
                           @Parameter(description = IF_MATCH_DOC) @HeaderParam(IfMatch.HEADER) String ifMatch,
                           @Valid @NotNull AchievementFields request) {
        return change(id, ifMatch,
                (tenant, expected) -> new ReviseAchievement(id, tenant, request.toDefinition(), expected));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.ISSUER_ADMIN)
    @Operation(summary = "Publish the draft version", description = "The draft becomes the version credentials are "
            + "issued from (AchievementPublished with its number); the previously published version is superseded. "
            + "Needs description and criteria, and for a MicroCredential the EU mandatory elements.")
    @APIResponse(responseCode = "200", description = "Published", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "published", value = AchievementExamples.PUBLISHED)))
    @APIResponse(responseCode = "404", description = "Unknown, or another tenant's",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Stale If-Match, retired, or no draft to publish",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "retired", value = """
                    {"type":"https://credstack.org/problems/rule/achievement-retired",
                     "title":"A business rule forbids this","status":409,"rule":"achievement-retired",
                     "detail":"Achievement 3f6e0c1a-... is retired: it can no longer be changed, published or issued",
                     "instance":"/v1/achievements/3f6e0c1a-2b7d-4e58-9a41-0c2d7b8e5f10/publish"}""")))
    @APIResponse(responseCode = "422", description = "Incomplete definition (rule achievement-incomplete)",
            content = @Content(mediaType = PROBLEM))
    public Response publish(@PathParam("id") String id,
                            @Parameter(description = IF_MATCH_DOC) @HeaderParam(IfMatch.HEADER) String ifMatch,
                            @Parameter(description = "Makes retries safe")
                            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotently(idempotencyKey, "POST /v1/achievements/" + id + "/publish", new Target(id, ifMatch, null),
                () -> change(id, ifMatch, (tenant, expected) -> new PublishAchievement(id, tenant, expected)));
    }

    @POST
    @Path("/{id}/retire")
    @RolesAllowed(Roles.ISSUER_ADMIN)
    @Operation(summary = "Retire an achievement", description = "Final: it can no longer be edited, published or "
            + "issued (AchievementRetired). Credentials already issued stay valid.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "retire", value = "{\"reason\":\"Replaced by the 2027 curriculum\"}")))
    @APIResponse(responseCode = "200", description = "Retired", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "retired", value = AchievementExamples.RETIRED)))
    @APIResponse(responseCode = "400", description = "No reason, or unknown fields",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "Unknown, or another tenant's",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Stale If-Match, or already retired",
            content = @Content(mediaType = PROBLEM))
    public Response retire(@PathParam("id") String id,
                           @Parameter(description = IF_MATCH_DOC) @HeaderParam(IfMatch.HEADER) String ifMatch,
                           @Parameter(description = "Makes retries safe")
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                           @Valid @NotNull RetireRequest request) {
        return idempotently(idempotencyKey, "POST /v1/achievements/" + id + "/retire",
                new Target(id, ifMatch, request.reason()),
                () -> change(id, ifMatch,
                        (tenant, expected) -> new RetireAchievement(id, tenant, request.reason(), expected)));
    }

    /** What a retried POST on an existing achievement must repeat exactly to replay. */
    record Target(String id, String ifMatch, String reason) {
    }

    private Response idempotently(String key, String operation, Target target,
                                  Supplier<Response> work) {
        return idempotency.execute(caller.requireTenant(), key, operation, target, work);
    }

    private Response change(String id, String ifMatch, BiFunction<String, Long, Object> command) {
        String tenant = caller.requireTenant();
        AchievementRecord achievement = AchievementRecord.findById(id);
        if (achievement == null || !achievement.issuerId.equals(tenant)) {
            throw new NotFound("Achievement", id);
        }
        Long expected = IfMatch.expectedVersion(ifMatch);
        // Checked here too: Axon only notices versions older than the aggregate's, not ones it never had.
        if (expected != null && expected != achievement.aggregateVersion) {
            throw stale(id, expected);
        }
        try {
            commands.send(command.apply(tenant, expected));
        } catch (ConflictingModificationException e) {
            throw stale(id, expected);
        }
        return written(Response.ok(), id);
    }

    private static DomainRuleViolation stale(String id, Long expected) {
        return new DomainRuleViolation("stale-version", "Achievement " + id + " has changed since version "
                + expected + ": read it again and retry");
    }

    private Response written(Response.ResponseBuilder response, String id) {
        AchievementRecord achievement = AchievementRecord.current(id);
        return response.entity(AchievementResponse.of(achievement,
                        AchievementVersionRecord.find(id, achievement.latestVersion)))
                .tag(IfMatch.etag(achievement.aggregateVersion)).build();
    }

    private AchievementRecord visible(String id) {
        boolean operator = caller.hasRole(Roles.OPERATOR);
        String tenant = operator ? null : caller.requireTenant();
        AchievementRecord achievement = AchievementRecord.findById(id);
        if (achievement == null || !achievement.visibleTo(tenant, operator)) {
            throw new NotFound("Achievement", id);
        }
        return achievement;
    }

    private static AchievementStatus status(String value) {
        try {
            return AchievementStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status must be DRAFT, PUBLISHED or RETIRED, not " + value);
        }
    }
}
