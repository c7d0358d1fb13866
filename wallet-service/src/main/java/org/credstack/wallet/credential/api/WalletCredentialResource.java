package org.credstack.wallet.credential.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.credstack.platform.domain.NotFound;
import org.credstack.platform.security.Roles;
import org.credstack.wallet.account.application.LearnerWallet;
import org.credstack.wallet.account.application.Wallets;
import org.credstack.wallet.credential.projection.WalletCredentialSearch;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/wallet/credentials")
@Tag(name = "Wallet credentials", description = "Every credential issued to the caller's verified addresses, from "
        + "every institution")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.LEARNER)
public class WalletCredentialResource {

    static final String PROBLEM = "application/problem+json";

    @Inject
    Wallets wallets;
    @Inject
    WalletCredentialSearch search;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List my credentials", description = "Credentials issued to any address linked to the "
            + "caller's wallet, newest first, with live status; filter by institution (issuer id), skill (ESCO URI) "
            + "and status; cursor pagination.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "page", value = WalletCredentialExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "Unknown status, bad cursor or limit",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a learner, or no verified e-mail in the token",
            content = @Content(mediaType = PROBLEM))
    public WalletCredentialPage list(
            @Parameter(description = "An institution's issuer id") @QueryParam("institution") String institution,
            @Parameter(description = "An ESCO skill URI") @QueryParam("skill") String skill,
            @Parameter(description = "ACTIVE, SUSPENDED, REVOKED, EXPIRED or REPLACED") @QueryParam("status")
            String status,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > 200) {
            throw new IllegalArgumentException("limit must be 1 to 200");
        }
        String wanted = status == null ? null : status.toUpperCase(Locale.ROOT);
        if (wanted != null && !WalletCredentialSearch.STATUSES.contains(wanted)) {
            throw new IllegalArgumentException("status must be one of " + WalletCredentialSearch.STATUSES);
        }
        LearnerWallet wallet = wallets.current();
        WalletCredentialSearch.Page page = search.list(new WalletCredentialSearch.Filter(wallet.recipientRefs(),
                institution, skill, wanted), cursor, limit);
        return new WalletCredentialPage(page.rows().stream().map(c -> WalletCredentialView.of(c, false)).toList(),
                page.nextCursor());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read one of my credentials", description = "The credential with its live status and the "
            + "signed OpenBadgeCredential as issued. Anything not issued to the caller's addresses answers 404.")
    @APIResponse(responseCode = "200", description = "The credential", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "credential",
            value = WalletCredentialExamples.ONE)))
    @APIResponse(responseCode = "404", description = "Unknown, or not the caller's", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a learner, or no verified e-mail in the token",
            content = @Content(mediaType = PROBLEM))
    public WalletCredentialView get(@PathParam("id") String id) {
        return search.find(wallets.current().recipientRefs(), id).map(c -> WalletCredentialView.of(c, true))
                .orElseThrow(() -> new NotFound("Credential", id));
    }
}
