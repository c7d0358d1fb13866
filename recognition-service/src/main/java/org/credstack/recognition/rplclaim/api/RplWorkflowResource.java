package org.credstack.recognition.rplclaim.api;

import static org.credstack.recognition.rplclaim.api.RplExamples.PROBLEM;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.credstack.platform.idempotency.Idempotency;
import org.credstack.platform.security.Roles;
import org.credstack.recognition.rplclaim.application.RplClaimReader;
import org.credstack.recognition.rplclaim.application.RplClaims;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The steps after submission. Each answers the claim as it now stands (200, as GET /v1/rpl-claims/{id}); a step
 * the claim's state, the caller or the body does not allow is a 409 or 422 naming the rule, and changes nothing.
 */
@Path("/v1/rpl-claims/{id}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "RPL claims")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "200", description = "The claim after the step", content = @Content(
        mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "claim", value = RplExamples.CLAIM)))
@APIResponse(responseCode = "400", description = "Malformed body, fields named in errors",
        content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "404", description = "No such claim for the caller (another institution's included)",
        content = @Content(mediaType = PROBLEM))
public class RplWorkflowResource {

    @Inject
    RplClaims claims;
    @Inject
    RplClaimReader reader;
    @Inject
    RplIdempotency idempotency;

    @POST
    @Path("/completeness")
    @RolesAllowed({Roles.ISSUER_ADMIN, Roles.ISSUER_STAFF})
    @Operation(summary = "Record the completeness check", description = "Staff of the institution find the claim "
            + "complete enough to assess, or return it to the learner saying what is missing.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "complete", value = RplExamples.COMPLETE),
            @ExampleObject(name = "incomplete", value = RplExamples.INCOMPLETE)}))
    @APIResponse(responseCode = "409", description = "claim-not-awaiting-check", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "claim-without-evidence", content = @Content(mediaType = PROBLEM))
    public Response completeness(@PathParam("id") String id, @Parameter(description = RplIdempotency.KEY_DOC)
            @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull WorkflowRequests.Completeness request) {
        List<String> missing = request.missing() == null ? List.of() : request.missing();
        if (request.complete() == !missing.isEmpty()) {
            throw new IllegalArgumentException("complete is true with nothing missing, or false with what is missing");
        }
        return step(id, key, "completeness", request, () -> claims.checkCompleteness(id, missing));
    }

    @POST
    @Path("/resubmit")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.LEARNER)
    @Operation(summary = "Resubmit a returned claim", description = "The claimant sends the claim back for checking "
            + "once they have added what was missing. No body.")
    @APIResponse(responseCode = "409", description = "claim-not-returned, not-the-claimant",
            content = @Content(mediaType = PROBLEM))
    public Response resubmit(@PathParam("id") String id, @Parameter(description = RplIdempotency.KEY_DOC)
            @HeaderParam(Idempotency.HEADER) String key) {
        return step(id, key, "resubmit", Map.of(), () -> claims.resubmit(id));
    }

    @POST
    @Path("/assign")
    @RolesAllowed({Roles.ISSUER_ADMIN, Roles.ISSUER_STAFF})
    @Operation(summary = "Assign the assessor", description = "Staff of the institution assign the assessor of a "
            + "complete claim (again, until assessing began) or, once it is appealed, the appeal's assessor: someone "
            + "other than the first assessor and the claimant.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "assessor", value = RplExamples.ASSIGN)))
    @APIResponse(responseCode = "409", description = "claim-not-complete, assessment-started, assessor-is-claimant, "
            + "appeal-assessor-not-independent", content = @Content(mediaType = PROBLEM))
    public Response assign(@PathParam("id") String id, @Parameter(description = RplIdempotency.KEY_DOC)
            @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull WorkflowRequests.Assign request) {
        return step(id, key, "assign", request, () -> claims.assign(id, request.assessorSubject()));
    }

    @POST
    @Path("/assessments")
    @RolesAllowed(Roles.ASSESSOR)
    @Operation(summary = "Record verdicts", description = "The assigned assessor records MET or NOT_MET, with a "
            + "comment, on claimed outcomes; a later verdict on an outcome replaces the earlier one.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "verdicts", value = RplExamples.ASSESSMENT)))
    @APIResponse(responseCode = "409", description = "no-assessor-assigned, not-the-assigned-assessor, "
            + "assessor-is-claimant, claim-already-decided", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "outcome-not-claimed, assessment-comment-required",
            content = @Content(mediaType = PROBLEM))
    public Response assess(@PathParam("id") String id, @Parameter(description = RplIdempotency.KEY_DOC)
            @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull WorkflowRequests.Assessment request) {
        return step(id, key, "assessments", request, () -> claims.assess(id, request.toDomain()));
    }

    @POST
    @Path("/decision")
    @RolesAllowed(Roles.ASSESSOR)
    @Operation(summary = "Decide the claim", description = "The assigned assessor decides once every claimed outcome "
            + "has a verdict. Publishes RplDecisionMade on credstack.recognition.v1 (appeal false, or true for the "
            + "decision on appeal).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "partial credit", value = RplExamples.DECISION)))
    @APIResponse(responseCode = "409", description = "decision-before-assessment, not-the-assigned-assessor, "
            + "assessor-is-claimant, claim-already-decided", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "outcome-required, rationale-required, "
            + "full-award-not-claimed-credits, full-award-with-unmet-outcome, partial-award-out-of-range, "
            + "rejection-awards-credits", content = @Content(mediaType = PROBLEM))
    public Response decide(@PathParam("id") String id, @Parameter(description = RplIdempotency.KEY_DOC)
            @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull WorkflowRequests.Decision request) {
        return step(id, key, "decision", request,
                () -> claims.decide(id, request.outcome(), request.creditsAwarded(), request.rationale()));
    }

    @POST
    @Path("/appeal")
    @RolesAllowed(Roles.LEARNER)
    @Operation(summary = "Appeal the decision", description = "The claimant appeals once, within "
            + "credstack.rpl.appeal-window (default 30 days) of the decision. The reason is kept apart from events.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "appeal", value = RplExamples.APPEAL)))
    @APIResponse(responseCode = "409", description = "claim-not-decided, second-appeal, appeal-window-closed, "
            + "not-the-claimant", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "appeal-reason-required", content = @Content(mediaType = PROBLEM))
    public Response appeal(@PathParam("id") String id, @Parameter(description = RplIdempotency.KEY_DOC)
            @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull WorkflowRequests.Appeal request) {
        return step(id, key, "appeal", request, () -> claims.appeal(id, request.reason()));
    }

    @POST
    @Path("/withdraw")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.LEARNER)
    @Operation(summary = "Withdraw the claim", description = "The claimant withdraws a claim not yet decided; "
            + "withdrawing it again changes nothing. No body.")
    @APIResponse(responseCode = "409", description = "claim-already-decided, not-the-claimant",
            content = @Content(mediaType = PROBLEM))
    public Response withdraw(@PathParam("id") String id, @Parameter(description = RplIdempotency.KEY_DOC)
            @HeaderParam(Idempotency.HEADER) String key) {
        return step(id, key, "withdraw", Map.of(), () -> claims.withdraw(id));
    }

    private Response step(String id, String key, String step, Object request, Runnable work) {
        // the claim id goes into the request, not the operation: a key reused for another claim is refused
        return idempotency.run(key, "POST /v1/rpl-claims/{id}/" + step, Map.of("claim", id, "body", request), () -> {
            work.run();
            return Response.ok(reader.details(id)).build();
        });
    }
}
