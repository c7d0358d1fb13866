package org.credstack.wallet.consent.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.credstack.platform.security.Roles;
import org.credstack.wallet.account.application.Wallets;
import org.credstack.wallet.consent.application.Consents;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/wallet/consents")
@Tag(name = "Consents", description = "Which institutions may count which of the caller's credentials")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.LEARNER)
@Produces(MediaType.APPLICATION_JSON)
public class ConsentResource {

    static final String PROBLEM = "application/problem+json";
    private static final String CONSENT = """
            {"id": "8e1f...", "institution": "0c4d2e8a-1b3c-4d5e-8f90-a1b2c3d4e5f6",
             "credentialIds": ["5b0c2f7e-3d5a-4c1e-9a0b-7f6e5d4c3b2a"],
             "purpose": "qualification:msc-data-science", "grantedAt": "2026-11-29T10:00:00Z"}""";

    @Inject
    Wallets wallets;
    @Inject
    Consents consents;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give an institution consent", description = "Lets the institution count the named "
            + "credentials of the caller's wallet (for example toward a qualification or an RPL claim). Publishes "
            + "ConsentGranted on credstack.wallet.v1 with the institution as tenant.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "consent",
            value = "{\"institution\": \"0c4d2e8a-1b3c-4d5e-8f90-a1b2c3d4e5f6\", \"credentialIds\": "
                    + "[\"5b0c2f7e-3d5a-4c1e-9a0b-7f6e5d4c3b2a\"], \"purpose\": \"qualification:msc-data-science\"}")))
    @APIResponse(responseCode = "201", description = "Given", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "consent", value = CONSENT)))
    @APIResponse(responseCode = "400", description = "Missing or malformed fields, named in errors",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "unknown-institution, credential-not-in-wallet, "
            + "expiry-in-the-past", content = @Content(mediaType = PROBLEM))
    public Response grant(@Valid @NotNull ConsentRequest request) {
        Consents.Consent consent = consents.grant(wallets.current(), request.institution(), request.credentialIds(),
                request.purpose(), request.expiresAt());
        return Response.created(URI.create("/v1/wallet/consents/" + consent.consentId()))
                .entity(ConsentResponse.of(consent)).build();
    }

    @GET
    @Operation(summary = "List my consents", description = "Newest first, withdrawn ones included (with revokedAt).")
    @APIResponse(responseCode = "200", description = "The consents", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "consents",
            value = "[" + CONSENT + "]")))
    public List<ConsentResponse> list() {
        return consents.list(wallets.current()).stream().map(ConsentResponse::of).toList();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Withdraw a consent", description = "Publishes ConsentRevoked; the institution stops "
            + "counting those credentials. Withdrawing a withdrawn consent changes nothing.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "Not a consent of the caller", content = @Content(
            mediaType = PROBLEM))
    public Response revoke(@PathParam("id") String id) {
        consents.revoke(wallets.current(), id);
        return Response.noContent().build();
    }
}
