package org.credstack.recognition.progress.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.credstack.platform.security.Caller;
import org.credstack.platform.security.Roles;
import org.credstack.recognition.progress.application.ProgressQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1")
@Tag(name = "Progress", description = "How far learners are toward qualifications")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

    static final String PROGRESS = """
            [{"qualificationId": "cert-data-analytics", "issuerId": "demo-university",
              "name": "Certificate in Data Analytics", "version": 1, "eligible": false, "creditsRequired": 15.00,
              "totalCredits": 10.00, "detail": {"eligible": false, "rules": [{"rule": "required", "met": false,
              "missing": "1 more of: Data Visualisation"}], "counted": [{"credentialId": "c1f0...",
              "component": "Statistics", "source": "CREDENTIAL", "credits": 5.00}]},
              "evaluatedAt": "2026-11-29T12:00:00Z"}]""";

    @Inject
    ProgressQueries progress;
    @Inject
    Caller caller;

    @GET
    @Path("/learners/{recipientRef}/progress")
    @RolesAllowed({Roles.ISSUER_ADMIN, Roles.ISSUER_STAFF, Roles.ASSESSOR})
    @Operation(summary = "A learner's progress toward the institution's qualifications", description = "The learner "
            + "is everyone the recipientRef's wallet links. Counts the institution's own credentials and another "
            + "institution's only where the learner consented; qualifications toward which nothing counts are left "
            + "out.")
    @APIResponse(responseCode = "200", description = "Progress per qualification", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "progress", value = PROGRESS)))
    @APIResponse(responseCode = "400", description = "Not a recipientRef (64 lowercase hex digits)",
            content = @Content(mediaType = "application/problem+json"))
    public List<ProgressResponse> learner(
            @PathParam("recipientRef") @Pattern(regexp = "[0-9a-f]{64}") String recipientRef) {
        return progress.ofLearner(caller.requireTenant(), recipientRef);
    }

    @GET
    @Path("/me/progress")
    @RolesAllowed(Roles.LEARNER)
    @Operation(summary = "My progress", description = "Toward every published qualification of every institution, "
            + "counting everything the caller holds (consent decides what an institution sees, not what the "
            + "learner sees). Needs a token with a verified e-mail.")
    @APIResponse(responseCode = "200", description = "Progress per qualification", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "progress", value = PROGRESS)))
    @APIResponse(responseCode = "403", description = "no-verified-email",
            content = @Content(mediaType = "application/problem+json"))
    public List<ProgressResponse> mine() {
        return progress.mine(caller.requireVerifiedEmail());
    }
}
