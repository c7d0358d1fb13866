package org.credstack.recognition.equivalence.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.credstack.platform.domain.NotFound;
import org.credstack.platform.idempotency.Idempotency;
import org.credstack.platform.security.Caller;
import org.credstack.platform.security.Roles;
import org.credstack.recognition.equivalence.application.EquivalenceRegistrar;
import org.credstack.recognition.equivalence.application.EquivalenceRows;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/equivalences")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Credit transfer", description = "Another institution's achievement counts as one of yours, in every "
        + "qualification of your institution")
@SecurityRequirement(name = "bearer")
public class EquivalenceResource {

    static final String PROBLEM = "application/problem+json";

    @Inject
    EquivalenceRegistrar registrar;
    @Inject
    EquivalenceRows rows;
    @Inject
    Idempotency idempotency;
    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.ISSUER_ADMIN)
    @Operation(summary = "Record a credit transfer rule", description = "From now on a learner's credential of the "
            + "external achievement counts as your achievement countsAs, for the credits given, in all your "
            + "qualifications (as credit transfer, within each qualification's maxRplShare). The external "
            + "achievement must be published on credstack by the institution named; countsAs must be your own.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "a partner's course", value = EquivalenceExamples.REQUEST),
            @ExampleObject(name = "more credits than the internal course", value = EquivalenceExamples.LARGER)}))
    @APIResponse(responseCode = "201", description = "Recorded; Location names it", headers = @Header(name =
            "Location"), content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "recorded", value = EquivalenceExamples.RECORDED)))
    @APIResponse(responseCode = "400", description = "A field missing, too long or not a valid amount of credits",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The same external achievement already counts as countsAs",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "duplicate",
            value = EquivalenceExamples.DUPLICATE)))
    @APIResponse(responseCode = "422", description = "Unknown achievements, one of your own as the external one, "
            + "another institution's as countsAs, or more credits than countsAs carries: every problem listed",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "refused",
            value = EquivalenceExamples.REFUSED)))
    @APIResponse(responseCode = "403", description = "Not an issuer admin of an institution")
    public Response record(
            @Parameter(description = "Makes retries safe: the same key and body return the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull EquivalenceRequest request) {
        String tenant = caller.requireTenant();
        return idempotency.execute(tenant, idempotencyKey, "POST /v1/equivalences", request, () -> {
            String id = registrar.record(tenant, request.toRequest());
            return Response.created(URI.create("/v1/equivalences/" + id)).entity(one(tenant, id)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.ISSUER_ADMIN, Roles.ISSUER_STAFF, Roles.ASSESSOR})
    @Operation(summary = "List your credit transfer rules", description = "Those in force, oldest first; with "
            + "includeWithdrawn=true also those withdrawn.")
    @APIResponse(responseCode = "200", description = "The rules", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "list",
            value = EquivalenceExamples.PAGE)))
    public EquivalenceResponse.Page list(
            @Parameter(description = "true to list withdrawn rules too") @QueryParam("includeWithdrawn")
            boolean includeWithdrawn) {
        return new EquivalenceResponse.Page(rows.ofIssuer(caller.requireTenant(), includeWithdrawn).stream()
                .map(EquivalenceResponse::of).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ISSUER_ADMIN, Roles.ISSUER_STAFF, Roles.ASSESSOR})
    @Operation(summary = "Read a credit transfer rule", description = "In force or withdrawn.")
    @APIResponse(responseCode = "200", description = "The rule", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "recorded",
            value = EquivalenceExamples.RECORDED)))
    @APIResponse(responseCode = "404", description = "Unknown, or another institution's",
            content = @Content(mediaType = PROBLEM))
    public EquivalenceResponse get(@PathParam("id") String id) {
        return one(caller.requireTenant(), id);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ISSUER_ADMIN)
    @Operation(summary = "Withdraw a credit transfer rule", description = "Credentials counted through it stop "
            + "counting at the learners' next evaluation. The rule stays readable with withdrawnAt; withdrawing "
            + "it again changes nothing.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "Unknown, or another institution's",
            content = @Content(mediaType = PROBLEM))
    public Response withdraw(@PathParam("id") String id) {
        registrar.withdraw(caller.requireTenant(), id);
        return Response.noContent().build();
    }

    private EquivalenceResponse one(String tenant, String id) {
        return rows.find(tenant, id).map(EquivalenceResponse::of).orElseThrow(() -> new NotFound("Equivalence", id));
    }
}
