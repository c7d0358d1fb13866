package org.credstack.wallet.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.credstack.platform.web.Problem;
import org.credstack.vc.did.OutboundFetchException;
import org.credstack.vc.did.OutboundFetchGuard;
import org.credstack.vc.verification.CredentialVerifier;
import org.credstack.vc.verification.VerificationReport;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public verifier: anyone may post an Open Badges 3.0 credential and get a report of each check. No token, rate
 * limited per client address (platform's PublicRateLimit), the body capped (VerifyBodyLimit and here).
 */
@Path(VerifyResource.PATH)
@PermitAll
@Tag(name = "Verification", description = "Public verification of Open Badges 3.0 credentials, by anyone")
public class VerifyResource {

    static final String PATH = "/v1/verify";
    static final String JWT = "application/jwt";
    static final String VC_JWT = "application/vc+jwt";

    @Inject
    CredentialVerifier verifier;
    @Inject
    OutboundFetchGuard guard;
    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "credstack.verification.max-body-size", defaultValue = "1M")
    MemorySize maxBodySize;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, "application/ld+json", "application/vc+ld+json"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify a credential", description = VerifyApiDocs.DESCRIPTION)
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                    @ExampleObject(name = "credential with embedded proof", value = VerifyApiDocs.EMBEDDED),
                    @ExampleObject(name = "VC-JWT", value = VerifyApiDocs.JWT_WRAPPED),
                    @ExampleObject(name = "credential URL", value = VerifyApiDocs.URL)}),
            @Content(mediaType = VC_JWT, examples = @ExampleObject(name = "compact VC-JWT",
                    value = VerifyApiDocs.JWT_TEXT)),
            @Content(mediaType = JWT, examples = @ExampleObject(name = "compact VC-JWT",
                    value = VerifyApiDocs.JWT_TEXT))})
    @APIResponse(responseCode = "200", description = "The report, also when the credential is not valid",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VerificationReport.class),
                    examples = {@ExampleObject(name = "valid", value = VerifyApiDocs.REPORT_VALID),
                            @ExampleObject(name = "forged", value = VerifyApiDocs.REPORT_FORGED)}))
    @APIResponse(responseCode = "400", description = "The body is not JSON, is truncated, or is not an object",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "The body is larger than credstack.verification.max-body-size "
            + "(1 MiB by default)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Neither JSON nor a JWT",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "The credential URL could not be fetched: refused by the "
            + "outbound allow-list, time-out, too large, not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "429", description = "Too many requests from this address; retry after the "
            + "Retry-After seconds", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public VerificationReport verifyJson(InputStream body) throws IOException {
        JsonNode json = mapper.readTree(read(body));
        VerificationRequest request = VerificationRequest.of(json);
        if (request instanceof VerificationRequest.Jwt jwt) {
            return verifier.verifyJwt(jwt.jwt());
        }
        if (request instanceof VerificationRequest.Url url) {
            return verifier.verify(fetch(url));
        }
        return verifier.verify(((VerificationRequest.Embedded) request).credential());
    }

    @POST
    @Consumes({JWT, VC_JWT})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true) // documented with the JSON operation: one path, one operation
    public VerificationReport verifyJwt(InputStream body) throws IOException {
        return verifier.verifyJwt(new String(read(body), StandardCharsets.UTF_8));
    }

    private byte[] read(InputStream body) throws IOException {
        return VerificationRequest.read(body, maxBodySize.asLongValue());
    }

    private ObjectNode fetch(VerificationRequest.Url request) {
        byte[] body;
        try {
            body = guard.fetchJson(request.url());
        } catch (OutboundFetchException e) {
            throw unavailable("The credential at " + request.url() + " cannot be fetched: " + e.getMessage());
        }
        try {
            JsonNode json = mapper.readTree(body);
            if (json instanceof ObjectNode credential) {
                return credential;
            }
        } catch (IOException e) {
            // answered below
        }
        throw unavailable("The document at " + request.url() + " is not a JSON credential");
    }

    private static WebApplicationException unavailable(String detail) {
        return new WebApplicationException(detail, 422);
    }
}
