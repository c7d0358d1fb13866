package org.credstack.recognition.rplclaim.api;

import static org.credstack.recognition.rplclaim.api.RplExamples.PROBLEM;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.credstack.platform.idempotency.Idempotency;
import org.credstack.platform.security.Roles;
import org.credstack.recognition.rplclaim.application.RplClaimDetails;
import org.credstack.recognition.rplclaim.application.RplClaimReader;
import org.credstack.recognition.rplclaim.application.RplClaims;
import org.credstack.recognition.rplclaim.domain.RplClaimState;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/rpl-claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "RPL claims", description = "Recognition of prior learning: a learner claims credit with a narrative and "
        + "evidence; the institution checks, assesses and decides; the learner may appeal once")
@SecurityRequirement(name = "bearer")
public class RplClaimResource {

    @Inject
    RplClaims claims;
    @Inject
    RplClaimReader reader;
    @Inject
    RplIdempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LEARNER)
    @Operation(summary = "Submit a claim", description = "A learner with a verified e-mail address claims credit at "
            + "an institution. The learner is found by the address's recipientRef: the wallet it is linked to, or, "
            + "when no wallet holds it yet, the recipientRef itself. Narratives are kept apart from the claim's "
            + "events (only their SHA-256 is recorded) and erased with the learner.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "claim", value = RplExamples.SUBMIT)))
    @APIResponse(responseCode = "201", description = "Submitted; awaits the completeness check",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "claim", value = RplExamples.CLAIM)))
    @APIResponse(responseCode = "400", description = "Missing or malformed fields, named in errors",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not a learner, or no verified e-mail address",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "unknown-institution, one-target-required, "
            + "credits-claimed-not-positive, outcome-duplicated, outcome-not-claimed, narrative-incomplete, "
            + "consent-required, credential-invalid, portfolio-link-not-https", content = @Content(mediaType = PROBLEM))
    public Response submit(@Parameter(description = RplIdempotency.KEY_DOC) @HeaderParam(Idempotency.HEADER) String key,
                           @Valid @NotNull SubmitRequest request) {
        return idempotency.run(key, "POST /v1/rpl-claims", request, () -> {
            String id = claims.submit(request.submission());
            return Response.created(URI.create("/v1/rpl-claims/" + id)).entity(reader.details(id)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.LEARNER, Roles.ISSUER_ADMIN, Roles.ISSUER_STAFF, Roles.ASSESSOR})
    @Operation(summary = "List claims", description = "Staff and assessors see their institution's claims (filter "
            + "by state, or those assigned to the caller); learners see the claims they submitted. Newest first.")
    @APIResponse(responseCode = "200", description = "The claims", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "claims", value = RplExamples.LIST)))
    @APIResponse(responseCode = "400", description = "Unknown state or bad limit", content = @Content(mediaType = PROBLEM))
    public List<RplClaimSummary> list(
            @Parameter(description = "SUBMITTED, RETURNED, RESUBMITTED, COMPLETE, ASSESSOR_ASSIGNED, ASSESSING, "
                    + "DECIDED, APPEALED, APPEAL_ASSESSOR_ASSIGNED, APPEAL_ASSESSING, APPEAL_DECIDED, WITHDRAWN, "
                    + "ERASED") @QueryParam("state") String state,
            @Parameter(description = "Only claims whose current assessor is the caller")
            @QueryParam("assignedToMe") @DefaultValue("false") boolean assignedToMe,
            @Parameter(description = "At most this many, 1 to 200") @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > 200) {
            throw new IllegalArgumentException("limit must be 1 to 200");
        }
        return reader.list(state(state), assignedToMe, limit).stream().map(RplClaimSummary::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.LEARNER, Roles.ISSUER_ADMIN, Roles.ISSUER_STAFF, Roles.ASSESSOR})
    @Operation(summary = "One claim with its history", description = "State, target, outcomes with narratives and "
            + "verdicts, evidence, decisions, the appeal and every step, read from the claim's events with the "
            + "learner's texts joined (absent once the learner is erased). For the claimant and the institution's "
            + "staff and assessors; anyone else gets 404.")
    @APIResponse(responseCode = "200", description = "The claim", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "claim", value = RplExamples.CLAIM)))
    @APIResponse(responseCode = "404", description = "No such claim for the caller", content = @Content(mediaType = PROBLEM))
    public RplClaimDetails get(@PathParam("id") String id) {
        return reader.details(id);
    }

    private static RplClaimState state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return RplClaimState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("state " + state + " is not a claim state");
        }
    }
}
