package org.credstack.issuance.credential.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Supplier;
import org.credstack.issuance.credential.application.CredentialIssuer;
import org.credstack.issuance.credential.application.CredentialReplacement;
import org.credstack.issuance.credential.application.CredentialStatusChanges;
import org.credstack.issuance.credential.application.IssueRequest;
import org.credstack.issuance.credential.application.IssuedCredential;
import org.credstack.issuance.credential.projection.CredentialRecord;
import org.credstack.issuance.credential.projection.CredentialSearch;
import org.credstack.issuance.credential.projection.CredentialStatus;
import org.credstack.platform.idempotency.Idempotency;
import org.credstack.platform.recipient.RecipientRefs;
import org.credstack.platform.security.Caller;
import org.credstack.platform.security.Roles;
import org.credstack.platform.web.IfMatch;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/credentials")
@Tag(name = "Credentials", description = "Signed Open Badges 3.0 credentials issued to learners")
@SecurityRequirement(name = "bearer")
public class CredentialResource {

    static final String PROBLEM = "application/problem+json";
    static final String VC_LD_JSON = "application/vc+ld+json";
    static final String VC_JWT = "application/vc+jwt";
    static final String JWT = "application/jwt";

    @Inject
    CredentialIssuer issuer;
    @Inject
    CredentialStatusChanges statusChanges;
    @Inject
    CredentialReplacement replacement;
    @Inject
    RecipientRefs recipientRefs;
    @Inject
    Idempotency idempotency;
    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ISSUER_ADMIN, Roles.ISSUER_STAFF})
    @Operation(summary = "Issue a credential", description = "Issues one OpenBadgeCredential of a published "
            + "achievement version of the caller's institution to a learner given by e-mail, signed with an "
            + "eddsa-rdfc-2022 DataIntegrityProof (the issuer's active Ed25519 key); the same credential as an RS256 "
            + "VC-JWT is at GET /v1/credentials/{id}. It carries a revocation status entry, and a suspension entry "
            + "when the achievement allows suspension. The address is kept only in this service's recipient table: "
            + "the credential names the learner by a salted hash, CredentialIssued by its recipientRef.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "one learner", value = CredentialExamples.REQUEST)))
    @APIResponse(responseCode = "201", description = "Issued: the signed credential; Location is its URL",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "issued", value = CredentialExamples.CREDENTIAL)))
    @APIResponse(responseCode = "400", description = "Missing, invalid, wrongly typed or unknown fields, named in "
            + "errors", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "A rule forbids it, named in rule: achievement-not-found "
            + "(unknown, or another tenant's), achievement-version-not-issuable (draft or superseded), "
            + "achievement-retired, valid-until-after-valid-from, issuer-not-registered", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an issuer admin or staff member of a tenant")
    public Response issue(
            @Parameter(description = "Makes retries safe: the same key and body return the first response and "
                    + "issue once") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull IssueCredentialRequest request) {
        String tenant = caller.requireTenant();
        return idempotency.execute(tenant, idempotencyKey, "POST /v1/credentials", request, () -> {
            IssuedCredential issued = issuer.issue(new IssueRequest(tenant, request.achievementId(),
                    request.achievementVersion(), request.recipient().email(), request.recipient().learnerId(),
                    request.recipient().displayName(), request.validFrom(), request.validUntil()));
            return Response.created(URI.create("/v1/credentials/" + issued.credentialId()))
                    .type(MediaType.APPLICATION_JSON).entity(issued.credential().toString()).build();
        });
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ISSUER_ADMIN, Roles.ISSUER_STAFF})
    @Operation(summary = "List credentials", description = "The caller's institution's credentials, newest first, "
            + "filtered by recipient (an e-mail address or a recipientRef), achievement and status; cursor "
            + "pagination.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page",
            value = CredentialExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "Unknown status, bad recipient, cursor or limit",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an issuer admin or staff member of a tenant")
    public CredentialPage list(
            @Parameter(description = "The learner: an e-mail address or a recipientRef (64 hex digits)")
            @QueryParam("recipient") String recipient,
            @Parameter(description = "An achievement id") @QueryParam("achievement") String achievement,
            @Parameter(description = "ACTIVE, SUSPENDED, REVOKED, REPLACED or EXPIRED") @QueryParam("status")
            String status,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > 200) {
            throw new IllegalArgumentException("limit must be 1 to 200");
        }
        CredentialSearch.Page page = CredentialSearch.find(new CredentialSearch.Filter(caller.requireTenant(),
                recipient == null ? null : recipientRef(recipient), achievement, status(status)), cursor, limit);
        return new CredentialPage(page.rows().stream().map(CredentialPage.Summary::of).toList(), page.nextCursor());
    }

    @GET
    @Path("/{id}")
    @Produces({VC_LD_JSON, MediaType.APPLICATION_JSON, VC_JWT, JWT})
    @RolesAllowed({Roles.ISSUER_ADMIN, Roles.ISSUER_STAFF})
    @Operation(summary = "Read a credential", description = "The credential exactly as issued. Content "
            + "negotiation: application/vc+ld+json (default) or application/json give the credential with its "
            + "embedded proof; application/vc+jwt or application/jwt give the compact VC-JWT (RS256, kid in the "
            + "issuer's DID document). Another institution's credential answers 404.")
    @APIResponse(responseCode = "200", description = "The credential; ETag is its version for If-Match",
            headers = @Header(name = "ETag"), content = {
            @Content(mediaType = VC_LD_JSON, examples = @ExampleObject(name = "credential",
                    value = CredentialExamples.CREDENTIAL)),
            @Content(mediaType = VC_JWT, examples = @ExampleObject(name = "VC-JWT", value = CredentialExamples.JWT))})
    @APIResponse(responseCode = "404", description = "Unknown, or another tenant's",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an issuer admin or staff member of a tenant")
    public Response get(@PathParam("id") String id, @Context HttpHeaders headers) {
        String tenant = caller.requireTenant();
        CredentialRecord record = CredentialStatusChanges.visible(tenant, id);
        String type = mediaType(headers);
        String body = type.equals(VC_JWT) || type.equals(JWT) ? record.jwt : record.signedJson;
        return Response.ok(body, type).tag(IfMatch.etag(record.aggregateVersion)).build();
    }

    @POST
    @Path("/{id}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ISSUER_ADMIN, Roles.ISSUER_STAFF})
    @Operation(summary = "Revoke a credential", description = "Final: CredentialRevoked, and the credential's bit "
            + "in its revocation status list is set in the same transaction, so verifiers see it as soon as their "
            + "cached copy of the list expires.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "revoke", value = CredentialExamples.REVOKE_REQUEST)))
    @APIResponse(responseCode = "200", description = "Revoked", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "revoked", value = CredentialExamples.REVOKED)))
    @APIResponse(responseCode = "400", description = "No reason, named in errors",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "Unknown, or another tenant's",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Stale If-Match (rule stale-version), or already revoked "
            + "(rule credential-already-revoked)", content = @Content(mediaType = PROBLEM, examples = @ExampleObject(
                    name = "already revoked", value = CredentialExamples.ALREADY_REVOKED)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an issuer admin or staff member of a tenant")
    public Response revoke(@PathParam("id") String id,
                           @Parameter(description = IfMatch.DOC) @HeaderParam(IfMatch.HEADER) String ifMatch,
                           @Parameter(description = "Makes retries safe: the same key and body return the first "
                                   + "response") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                           @Valid @NotNull StatusChangeRequest request) {
        return idempotently(idempotencyKey, "POST /v1/credentials/" + id + "/revoke",
                new Target(id, ifMatch, request.reason()), () -> written(statusChanges.revoke(caller.requireTenant(),
                        id, request.reason(), IfMatch.expectedVersion(ifMatch))));
    }

    @POST
    @Path("/{id}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ISSUER_ADMIN, Roles.ISSUER_STAFF})
    @Operation(summary = "Suspend a credential", description = "Only where the credential's achievement allowed "
            + "suspension (the credential then has a suspension status entry): CredentialSuspended, and its bit in "
            + "the suspension status list is set until POST /v1/credentials/{id}/reinstate.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "suspend", value = CredentialExamples.SUSPEND_REQUEST)))
    @APIResponse(responseCode = "200", description = "Suspended", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "suspended", value = CredentialExamples.SUSPENDED)))
    @APIResponse(responseCode = "400", description = "No reason, named in errors",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "Unknown, or another tenant's",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Stale If-Match (rule stale-version), revoked (rule "
            + "credential-revoked) or already suspended (rule credential-already-suspended)",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "The achievement does not allow suspension (rule "
            + "suspension-not-allowed)", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an issuer admin or staff member of a tenant")
    public Response suspend(@PathParam("id") String id,
                            @Parameter(description = IfMatch.DOC) @HeaderParam(IfMatch.HEADER) String ifMatch,
                            @Parameter(description = "Makes retries safe: the same key and body return the first "
                                    + "response") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                            @Valid @NotNull StatusChangeRequest request) {
        return idempotently(idempotencyKey, "POST /v1/credentials/" + id + "/suspend",
                new Target(id, ifMatch, request.reason()), () -> written(statusChanges.suspend(caller.requireTenant(),
                        id, request.reason(), IfMatch.expectedVersion(ifMatch))));
    }

    @POST
    @Path("/{id}/reinstate")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ISSUER_ADMIN, Roles.ISSUER_STAFF})
    @Operation(summary = "Reinstate a suspended credential", description = "CredentialReinstated, and the "
            + "credential's bit in the suspension status list is cleared in the same transaction.")
    @APIResponse(responseCode = "200", description = "Active again", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "reinstated", value = CredentialExamples.REINSTATED)))
    @APIResponse(responseCode = "404", description = "Unknown, or another tenant's",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Stale If-Match (rule stale-version), revoked (rule "
            + "credential-revoked) or not suspended (rule credential-not-suspended)",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an issuer admin or staff member of a tenant")
    public Response reinstate(@PathParam("id") String id,
                              @Parameter(description = IfMatch.DOC) @HeaderParam(IfMatch.HEADER) String ifMatch,
                              @Parameter(description = "Makes retries safe: the same key returns the first "
                                      + "response") @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotently(idempotencyKey, "POST /v1/credentials/" + id + "/reinstate",
                new Target(id, ifMatch, null), () -> written(statusChanges.reinstate(caller.requireTenant(), id,
                        IfMatch.expectedVersion(ifMatch))));
    }

    @POST
    @Path("/{id}/replace")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ISSUER_ADMIN, Roles.ISSUER_STAFF})
    @Operation(summary = "Amend a credential by re-issue", description = "Issues the corrected credential (same "
            + "achievement, its current published version unless one is named; same recipient and validity unless "
            + "changed) and marks this one replaced (CredentialReplaced; its revocation bit is set), in one "
            + "transaction. The new credential answers 201 with its Location.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "name corrected", value = CredentialExamples.REPLACE_REQUEST)))
    @APIResponse(responseCode = "201", description = "The corrected credential; Location is its URL",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "issued", value = CredentialExamples.CREDENTIAL)))
    @APIResponse(responseCode = "400", description = "No reason, or invalid fields, named in errors",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "Unknown, or another tenant's",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Stale If-Match (rule stale-version), or revoked or already "
            + "replaced (rule credential-revoked)", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "The re-issue breaks a rule: achievement-version-not-issuable, "
            + "achievement-retired, valid-until-after-valid-from, recipient-unknown (erased: give recipient.email)",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an issuer admin or staff member of a tenant")
    public Response replace(@PathParam("id") String id,
                            @Parameter(description = IfMatch.DOC) @HeaderParam(IfMatch.HEADER) String ifMatch,
                            @Parameter(description = "Makes retries safe: the same key and body return the first "
                                    + "response and re-issue once") @HeaderParam(Idempotency.HEADER)
                            String idempotencyKey,
                            @Valid @NotNull ReplaceCredentialRequest request) {
        String tenant = caller.requireTenant();
        var recipient = request.recipient();
        return idempotency.execute(tenant, idempotencyKey, "POST /v1/credentials/" + id + "/replace",
                new Replacement(id, ifMatch, request), () -> {
                    IssuedCredential issued = replacement.replace(tenant, id, new CredentialReplacement.Amendment(
                            request.reason(), recipient == null ? null : recipient.email(),
                            recipient == null ? null : recipient.learnerId(),
                            recipient == null ? null : recipient.displayName(), request.achievementVersion(),
                            request.validFrom(), request.validUntil()), IfMatch.expectedVersion(ifMatch));
                    return Response.created(URI.create("/v1/credentials/" + issued.credentialId()))
                            .type(MediaType.APPLICATION_JSON).entity(issued.credential().toString()).build();
                });
    }

    record Replacement(String id, String ifMatch, ReplaceCredentialRequest request) {
    }

    /** What a retried status change must repeat exactly to replay. */
    record Target(String id, String ifMatch, String reason) {
    }

    private Response idempotently(String key, String operation, Target target, Supplier<Response> work) {
        return idempotency.execute(caller.requireTenant(), key, operation, target, work);
    }

    private static Response written(CredentialRecord record) {
        return Response.ok(CredentialStatusResponse.of(record), MediaType.APPLICATION_JSON)
                .tag(IfMatch.etag(record.aggregateVersion)).build();
    }

    private String recipientRef(String recipient) {
        if (recipient.contains("@")) {
            return recipientRefs.of(recipient);
        }
        if (!recipient.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("recipient must be an e-mail address or a recipientRef");
        }
        return recipient;
    }

    private static CredentialStatus status(String status) {
        if (status == null) {
            return null;
        }
        try {
            return CredentialStatus.valueOf(status.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status must be one of ACTIVE, SUSPENDED, REVOKED, REPLACED, EXPIRED");
        }
    }

    /** The first acceptable of the offered types, in the client's order of preference. */
    private static String mediaType(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType() || accepted.isWildcardSubtype()) {
                continue;
            }
            String type = accepted.getType() + "/" + accepted.getSubtype();
            if (type.equals(VC_LD_JSON) || type.equals(MediaType.APPLICATION_JSON) || type.equals(VC_JWT)
                    || type.equals(JWT)) {
                return type;
            }
        }
        return VC_LD_JSON;
    }
}
