package org.credstack.wallet.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import org.credstack.platform.domain.DomainRuleViolation;
import org.credstack.platform.domain.NotFound;
import org.credstack.platform.security.Roles;
import org.credstack.platform.web.Problem;
import org.credstack.wallet.account.application.LearnerWallet;
import org.credstack.wallet.account.application.Wallets;
import org.credstack.wallet.credential.projection.WalletCredential;
import org.credstack.wallet.credential.projection.WalletCredentialSearch;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/wallet/credentials/{id}/export")
@Tag(name = "Wallet credentials")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.LEARNER)
public class CredentialExportResource {

    static final String VC_LD_JSON = "application/vc+ld+json";
    static final String VC_JWT = "application/vc+jwt";
    static final String PDF = "application/pdf";

    @Inject
    Wallets wallets;
    @Inject
    WalletCredentialSearch search;
    @Inject
    CredentialExports exports;

    @GET
    @Produces({VC_LD_JSON, VC_JWT, PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "Download a credential", description = "json: the signed original (Data Integrity proof), "
            + "byte for byte as issued; jwt: the same credential as the issuer's VC-JWT; pdf: a printable certificate "
            + "with a QR code leading to a page that verifies it; linkedin: {\"url\"} to add it to a LinkedIn profile "
            + "as a certification. pdf and linkedin make a share link for that page (listed under shares, can be "
            + "withdrawn).")
    @APIResponse(responseCode = "200", description = "The export", content = {
            @Content(mediaType = VC_LD_JSON), @Content(mediaType = VC_JWT), @Content(mediaType = PDF),
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "linkedin", value =
                    "{\"url\": \"https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=Data+Literacy"
                            + "&organizationName=Utrecht+University&issueYear=2026&issueMonth=11&certUrl=...\"}"))})
    @APIResponse(responseCode = "400", description = "Unknown format", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Not a credential of the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "no-jwt-form: the credential has no VC-JWT form",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response export(@PathParam("id") String id,
                           @Parameter(description = "json, jwt, pdf or linkedin") @QueryParam("format") String format) {
        String wanted = format == null ? "json" : format.toLowerCase(Locale.ROOT);
        if (!wanted.matches("json|jwt|pdf|linkedin")) {
            throw new IllegalArgumentException("format must be json, jwt, pdf or linkedin");
        }
        LearnerWallet wallet = wallets.current();
        WalletCredential credential = search.find(wallet.recipientRefs(), id)
                .orElseThrow(() -> new NotFound("Credential", id));
        return switch (wanted) {
            case "jwt" -> {
                if (credential.credentialJwt() == null) {
                    throw new DomainRuleViolation("no-jwt-form", "This credential has no VC-JWT form",
                            DomainRuleViolation.Kind.INVALID);
                }
                yield download(credential.credentialJwt(), VC_JWT, id + ".jwt");
            }
            case "pdf" -> download(exports.pdf(wallet, credential), PDF, id + ".pdf");
            case "linkedin" -> Response.ok(Map.of("url", exports.linkedIn(wallet, credential)),
                    MediaType.APPLICATION_JSON).build();
            default -> download(credential.credential(), VC_LD_JSON, id + ".json");
        };
    }

    private static Response download(Object body, String type, String filename) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"credential-" + filename
                + "\"").header("Cache-Control", "no-store").build();
    }
}
