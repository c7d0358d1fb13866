package org.credstack.recognition.award.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.credstack.platform.security.Caller;
import org.credstack.platform.security.Roles;
import org.credstack.recognition.award.application.Awards;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/awards")
@Tag(name = "Awards", description = "Qualifications learners have met: confirm, withdraw or keep them")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class AwardResource {

    static final String PROBLEM = "application/problem+json";
    static final String AWARD = """
            {"id": "6f1c0e9a-4b2d-3c8e-9a7f-1e2d3c4b5a69", "qualificationId": "cert-data-analytics",
             "qualificationVersion": 1, "targetAchievementId": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
             "learnerId": "3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d",
             "recipientRefs": ["5f0c3e1a9b8d7c6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e"],
             "countedCredentialIds": ["c1f0...", "c2a9...", "c3b8..."], "credits": 15.00, "policy": "CONFIRMED",
             "state": "AT_RISK", "credentialId": "7e6d5c4b-3a29-4817-a6b5-c4d3e2f1a0b9", "riskCredentialId": "c2a9...",
             "riskStatus": "REVOKED", "decisionReason": null, "openedAt": "2026-11-29T10:00:00Z",
             "updatedAt": "2026-11-29T12:00:00Z"}""";

    @Inject
    Awards awards;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.ISSUER_ADMIN, Roles.ISSUER_STAFF})
    @Operation(summary = "List the institution's awards", description = "Newest first. state: AWAITING_CONFIRMATION "
            + "(policy CONFIRMED: staff confirm), REQUESTED (AwardRequested published), ISSUED, AT_RISK (a counted "
            + "credential stopped counting: withdraw or keep), WITHDRAWN.")
    @APIResponse(responseCode = "200", description = "The awards", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "awards", value = "[" + AWARD + "]")))
    public List<AwardResponse> list(
            @QueryParam("state") @Pattern(regexp = "AWAITING_CONFIRMATION|REQUESTED|ISSUED|AT_RISK|WITHDRAWN")
            String state,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return awards.list(caller.requireTenant(), state, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ISSUER_ADMIN, Roles.ISSUER_STAFF})
    @Operation(summary = "One award", description = "Another institution's award answers 404.")
    @APIResponse(responseCode = "200", description = "The award", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "award", value = AWARD)))
    @APIResponse(responseCode = "404", description = "No such award of the caller's institution",
            content = @Content(mediaType = PROBLEM))
    public AwardResponse get(@PathParam("id") String id) {
        return awards.find(caller.requireTenant(), id);
    }

    @POST
    @Path("/{id}/confirm")
    @RolesAllowed(Roles.ISSUER_ADMIN)
    @Operation(summary = "Confirm an award", description = "For a qualification whose award policy is CONFIRMED: "
            + "publishes AwardRequested, on which issuance issues the qualification credential.")
    @APIResponse(responseCode = "200", description = "Requested", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "award", value = AWARD)))
    @APIResponse(responseCode = "409", description = "award-not-awaiting-confirmation",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such award", content = @Content(mediaType = PROBLEM))
    public AwardResponse confirm(@PathParam("id") String id) {
        return awards.confirm(caller.requireTenant(), caller.actor(), id);
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed(Roles.ISSUER_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw an award", description = "Publishes AwardWithdrawalRequested: issuance revokes "
            + "the qualification credential, or cancels the request if it was not issued yet.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "withdraw", value = "{\"reason\": \"Component credential revoked for academic misconduct\"}")))
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "award", value = AWARD)))
    @APIResponse(responseCode = "409", description = "award-withdrawn", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such award", content = @Content(mediaType = PROBLEM))
    public AwardResponse withdraw(@PathParam("id") String id, @Valid @NotNull DecisionRequest request) {
        return awards.withdraw(caller.requireTenant(), caller.actor(), id, request.reason());
    }

    @POST
    @Path("/{id}/keep")
    @RolesAllowed(Roles.ISSUER_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Keep an award at risk", description = "Records the institution's reason; the award is "
            + "not flagged again for the same credential.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "keep", value = "{\"reason\": \"Learner re-sat the module; credit re-earned\"}")))
    @APIResponse(responseCode = "200", description = "Kept", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "award", value = AWARD)))
    @APIResponse(responseCode = "409", description = "award-not-at-risk", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such award", content = @Content(mediaType = PROBLEM))
    public AwardResponse keep(@PathParam("id") String id, @Valid @NotNull DecisionRequest request) {
        return awards.keep(caller.requireTenant(), caller.actor(), id, request.reason());
    }
}
