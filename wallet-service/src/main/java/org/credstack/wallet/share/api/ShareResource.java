package org.credstack.wallet.share.api;

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
import java.time.Instant;
import java.util.List;
import org.credstack.platform.security.Roles;
import org.credstack.wallet.account.application.Wallets;
import org.credstack.wallet.share.application.Shares;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/wallet/shares")
@Tag(name = "Shares", description = "Links that show chosen credentials to anyone who has them")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.LEARNER)
@Produces(MediaType.APPLICATION_JSON)
public class ShareResource {

    static final String PROBLEM = "application/problem+json";
    private static final String SHARE = """
            {"id": "3f9a...", "url": "https://wallet.credstack.example/s/q3Jc...", "credentialIds": ["5b0c..."],
             "expiresAt": "2026-12-29T10:00:00Z", "maxViews": 5, "views": 0, "state": "ACTIVE",
             "createdAt": "2026-11-29T10:00:00Z", "viewedAt": []}""";

    @Inject
    Wallets wallets;
    @Inject
    Shares shares;
    @ConfigProperty(name = "credstack.public-base-url")
    String publicBaseUrl;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Share credentials", description = "Makes a link to one or more credentials of the caller's "
            + "wallet. The link is in the answer only: credstack keeps a hash of it, so keep it.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "share",
            value = "{\"credentialIds\": [\"5b0c2f7e-3d5a-4c1e-9a0b-7f6e5d4c3b2a\"], \"maxViews\": 5}")))
    @APIResponse(responseCode = "201", description = "The link", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "share", value = SHARE)))
    @APIResponse(responseCode = "400", description = "Missing or malformed fields", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "credential-not-in-wallet, share-expiry",
            content = @Content(mediaType = PROBLEM))
    public Response create(@Valid @NotNull ShareRequest request) {
        Shares.ShareInfo share = shares.create(wallets.current(), request.credentialIds(), request.expiresAt(),
                request.maxViews());
        return Response.created(URI.create("/v1/wallet/shares/" + share.shareId()))
                .entity(ShareResponse.of(share, base(), Instant.now())).build();
    }

    @GET
    @Operation(summary = "List my shares", description = "With their state, view count and when they were opened.")
    @APIResponse(responseCode = "200", description = "The shares", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "shares", value = "[" + SHARE + "]")))
    public List<ShareResponse> list() {
        Instant now = Instant.now();
        return shares.list(wallets.current()).stream().map(s -> ShareResponse.of(s, base(), now)).toList();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Withdraw a share", description = "The link stops working at once (410 Gone).")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "Not a share of the caller", content = @Content(mediaType = PROBLEM))
    public Response revoke(@PathParam("id") String id) {
        shares.revoke(wallets.current(), id);
        return Response.noContent().build();
    }

    private String base() {
        return publicBaseUrl.replaceAll("/+$", "");
    }
}
