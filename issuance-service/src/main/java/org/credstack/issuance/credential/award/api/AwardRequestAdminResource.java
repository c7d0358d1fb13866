package org.credstack.issuance.credential.award.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Locale;
import org.credstack.issuance.credential.award.application.AwardRequestStore;
import org.credstack.issuance.credential.award.application.AwardState;
import org.credstack.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators see what recognition asked this service to award, and what became of it. */
@Path("/admin/award-requests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
@Tag(name = "Operations", description = "Projection status and rebuilds, award requests (role operator)")
@SecurityRequirement(name = "bearer")
public class AwardRequestAdminResource {

    static final String PROBLEM = "application/problem+json";

    @Inject
    AwardRequestStore store;

    @GET
    @Operation(summary = "List award requests", description = "The AwardRequested and AwardWithdrawalRequested "
            + "events recognition published, one row per award, and what the award worker made of them: PENDING "
            + "(to issue), ISSUED (credentialId), FAILED (reason: a rule such as recipient-unknown, "
            + "achievement-not-found or achievement-version-not-issuable, or attempts exhausted), WITHDRAWING (to "
            + "revoke), REVOKED, CANCELLED (withdrawn before it was issued). Counts cover every issuer and state.")
    @APIResponse(responseCode = "200", description = "Counts and the most recent requests", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "one failed request",
            value = AwardRequestExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "Unknown state, or limit out of range",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an operator")
    public AwardRequestPage list(
            @Parameter(description = "PENDING, ISSUED, FAILED, WITHDRAWING, REVOKED or CANCELLED")
            @QueryParam("state") String state,
            @Parameter(description = "An issuer (tenant) id") @QueryParam("issuer") String issuer,
            @Parameter(description = "How many requests, 1 to 500") @QueryParam("limit") @DefaultValue("100")
            int limit) {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be 1 to 500");
        }
        return new AwardRequestPage(store.counts(), store.list(state(state), issuer, limit).stream()
                .map(AwardRequestPage.Item::of).toList());
    }

    private static AwardState state(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AwardState.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("state must be one of " + Arrays.toString(AwardState.values()));
        }
    }
}
