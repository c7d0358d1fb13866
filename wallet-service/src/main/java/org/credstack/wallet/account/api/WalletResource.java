package org.credstack.wallet.account.api;

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
import org.credstack.platform.security.Roles;
import org.credstack.wallet.account.application.AddressVerifications;
import org.credstack.wallet.account.application.LearnerWallet;
import org.credstack.wallet.account.application.Wallets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/wallet")
@Tag(name = "Wallet", description = "A learner's account: the verified addresses whose credentials it collects")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.LEARNER)
public class WalletResource {

    static final String PROBLEM = "application/problem+json";
    private static final String WALLET_EXAMPLE = """
            {"walletId": "0b8f5c1e-8d0a-4a53-9d7e-2f1c6b7a9e01", "addresses": [
              {"email": "ada@student.example", "recipientRef": "5f2b...e9", "verifiedAt": "2026-11-29T09:00:00Z",
               "signIn": true}]}""";

    @Inject
    Wallets wallets;
    @Inject
    AddressVerifications verifications;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read my wallet", description = "The caller's wallet, opened on their first call with the "
            + "e-mail address their identity provider verified (the token's email claim with email_verified true).")
    @APIResponse(responseCode = "200", description = "The wallet", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "wallet", value = WALLET_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Not a learner, or no verified e-mail in the token",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "address-linked-elsewhere: the sign-in address belongs to "
            + "another wallet", content = @Content(mediaType = PROBLEM))
    public WalletResponse get() {
        return WalletResponse.of(wallets.current());
    }

    @DELETE
    @Operation(summary = "Delete my wallet", description = "Erases the account: its addresses and pending codes "
            + "are deleted and LearnerErased is published, on which every service purges what it holds for them. "
            + "Signing in again later opens a new, empty wallet.")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "403", description = "Not a learner, or no verified e-mail in the token",
            content = @Content(mediaType = PROBLEM))
    public Response erase() {
        wallets.erase(wallets.current());
        return Response.noContent().build();
    }

    @POST
    @Path("/emails")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link a further address", description = "E-mails a six-digit code to the address (the "
            + "local stack logs the mail instead). Linking follows POST /v1/wallet/emails/verify with that code.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "address", value = "{\"email\": \"ada.lovelace@alumni.example\"}")))
    @APIResponse(responseCode = "202", description = "A code was sent")
    @APIResponse(responseCode = "400", description = "Not an e-mail address", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "address-already-linked", content = @Content(mediaType = PROBLEM))
    public Response requestLink(@Valid @NotNull EmailRequest request) {
        verifications.request(wallets.current(), request.email());
        return Response.accepted().build();
    }

    @POST
    @Path("/emails/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Prove control of an address", description = "With the code that was e-mailed, links the "
            + "address: its credentials join the wallet and RecipientLinked is published.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "code", value = "{\"email\": \"ada.lovelace@alumni.example\", \"code\": \"042917\"}")))
    @APIResponse(responseCode = "200", description = "Linked: the wallet now", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "wallet", value = WALLET_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Missing or malformed e-mail or code",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "address-linked-elsewhere", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "no-pending-verification, code-invalid, code-expired (also after "
            + "too many wrong codes)", content = @Content(mediaType = PROBLEM))
    public WalletResponse verify(@Valid @NotNull EmailVerification request) {
        LearnerWallet wallet = wallets.current();
        verifications.verify(wallet, request.email(), request.code());
        return WalletResponse.of(wallets.refreshed(wallet));
    }

    @DELETE
    @Path("/emails/{recipientRef}")
    @Operation(summary = "Unlink an address", description = "Its credentials leave the wallet and RecipientUnlinked "
            + "is published. The address is named by its recipientRef, so that no address appears in URLs and logs.")
    @APIResponse(responseCode = "204", description = "Unlinked")
    @APIResponse(responseCode = "404", description = "Not an address of this wallet",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "sign-in-address, last-address", content = @Content(
            mediaType = PROBLEM))
    public Response unlink(@PathParam("recipientRef") String recipientRef) {
        wallets.unlink(wallets.current(), recipientRef);
        return Response.noContent().build();
    }
}
