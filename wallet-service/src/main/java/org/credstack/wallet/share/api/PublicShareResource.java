package org.credstack.wallet.share.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.credstack.platform.web.Problem;
import org.credstack.vc.verification.CredentialVerifier;
import org.credstack.wallet.account.application.LearnerWallet;
import org.credstack.wallet.account.application.WalletAccounts;
import org.credstack.wallet.credential.api.WalletCredentialView;
import org.credstack.wallet.credential.projection.WalletCredentialSearch;
import org.credstack.wallet.share.application.Shares;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/s/{token}")
@Tag(name = "Shares", description = "Links that show chosen credentials to anyone who has them")
public class PublicShareResource {

    @Inject
    Shares shares;
    @Inject
    WalletAccounts accounts;
    @Inject
    WalletCredentialSearch credentials;
    @Inject
    CredentialVerifier verifier;
    @Inject
    ObjectMapper json;

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(summary = "Open a share link (public)", description = "No token needed: the link is the permission. "
            + "Browsers get an HTML page, API clients JSON; either shows each shared credential with its live "
            + "status and a verification made now (signature, issuer key, status lists, validity, schema). Every "
            + "opening counts against the link's view limit.")
    @APIResponse(responseCode = "200", description = "The shared credentials", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "shared", value = """
                    {"expiresAt": "2026-12-29T10:00:00Z", "credentials": [{"credential": {"id": "5b0c...",
                     "status": "ACTIVE"}, "verification": {"verified": true, "outcome": "VALID", "checks": [
                     {"name": "signature", "status": "PASSED", "detail": "eddsa-rdfc-2022"}]}}]}""")),
            @Content(mediaType = MediaType.TEXT_HTML)})
    @APIResponse(responseCode = "404", description = "No such link", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "410", description = "The link expired, was withdrawn or used up",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response open(@PathParam("token") String token, @Context HttpHeaders headers) {
        boolean html = wantsHtml(headers);
        Optional<Shares.Opened> opened;
        try {
            opened = token.length() > 100 ? Optional.empty() : shares.open(token);
        } catch (Shares.ShareGone gone) {
            return html ? page(410, SharePage.gone("Link no longer available", gone.getMessage()))
                    : Problem.of(410, "share-gone", "Gone", gone.getMessage()).toResponse();
        }
        if (opened.isEmpty()) {
            return html ? page(404, SharePage.gone("Link not found", "No credentials are shared under this link."))
                    : Problem.of(404, "not-found", "Not Found", "No share has this link").toResponse();
        }
        SharedCredentials shared = shared(opened.get());
        return html ? page(200, SharePage.of(shared)) : Response.ok(shared, MediaType.APPLICATION_JSON).build();
    }

    private SharedCredentials shared(Shares.Opened opened) {
        Set<String> refs = accounts.addresses(opened.walletId()).stream()
                .map(LearnerWallet.Address::recipientRef).collect(Collectors.toSet());
        return new SharedCredentials(opened.expiresAt(), opened.credentialIds().stream()
                .map(id -> credentials.find(refs, id)).flatMap(Optional::stream)
                .map(c -> new SharedCredentials.Item(WalletCredentialView.of(c, true), verifier.verify(parse(
                        c.credential()))))
                .toList());
    }

    private ObjectNode parse(String credential) {
        try {
            return (ObjectNode) json.readTree(credential);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a stored credential is not JSON", e);
        }
    }

    private static Response page(int status, String body) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(body)
                .header("Cache-Control", "no-store").build();
    }

    /** Browsers ask for text/html first; API clients for JSON or anything. */
    private static boolean wantsHtml(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardType()) {
                return true;
            }
        }
        return false;
    }
}
