package org.credstack.wallet.imported.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.credstack.platform.security.Roles;
import org.credstack.platform.web.Problem;
import org.credstack.wallet.account.application.Wallets;
import org.credstack.wallet.imported.application.Imports;
import org.credstack.wallet.verification.VerificationRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/wallet/imports")
@Tag(name = "Imports", description = "Open Badges 3.0 credentials issued elsewhere, added by their learner")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.LEARNER)
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    static final String JWT = "application/jwt";
    static final String VC_JWT = "application/vc+jwt";
    private static final String IMPORTED = """
            {"id": "c1d2...", "format": "data-integrity", "credentialId": "http://example.edu/credentials/3732",
             "issuer": "did:key:z6Mk...", "outcome": "VALID", "verification": {"verified": true, "outcome": "VALID",
             "checks": [{"name": "signature", "status": "PASSED", "detail": "eddsa-rdfc-2022"}]},
             "importedAt": "2026-11-29T10:00:00Z"}""";

    @Inject
    Wallets wallets;
    @Inject
    Imports imports;
    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "credstack.verification.max-body-size", defaultValue = "1M")
    MemorySize maxBodySize;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, "application/ld+json", "application/vc+ld+json"})
    @Operation(summary = "Import a credential", description = "Upload an Open Badges 3.0 credential issued elsewhere: "
            + "the file's JSON (with its embedded proof), {\"jwt\": ...}, or the compact VC-JWT as application/jwt. "
            + "It is verified first (as POST /v1/verify does) and kept with that report. A forgery (the signature "
            + "fails) or something that is not a credential is refused; expired, revoked or not verifiable ones are "
            + "kept, the report saying why.")
    @RequestBody(content = {@Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "credential file", value = "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\", "
            + "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"], \"type\": [\"VerifiableCredential\", "
            + "\"OpenBadgeCredential\"], \"proof\": [{\"type\": \"DataIntegrityProof\"}]}")),
            @Content(mediaType = JWT, examples = @ExampleObject(name = "VC-JWT", value = "eyJhbGciOiJFZERTQSJ9..."))})
    @APIResponse(responseCode = "201", description = "Imported, with its report", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "imported", value = IMPORTED)))
    @APIResponse(responseCode = "400", description = "Not JSON, truncated, not an object, or a URL (import the "
            + "credential itself)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "Larger than credstack.verification.max-body-size (1 MiB)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Neither JSON nor a JWT", content = @Content(
            mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "credential-invalid: a forgery or not a credential",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response importJson(InputStream body) throws IOException {
        VerificationRequest request = VerificationRequest.of(mapper.readTree(read(body)));
        if (request instanceof VerificationRequest.Url) {
            throw new IllegalArgumentException("Import the credential itself, not its URL");
        }
        Imports.Imported imported = request instanceof VerificationRequest.Jwt jwt
                ? imports.importJwt(wallets.current(), jwt.jwt())
                : imports.importJson(wallets.current(), ((VerificationRequest.Embedded) request).credential());
        return created(imported);
    }

    @POST
    @Consumes({JWT, VC_JWT})
    @Operation(hidden = true) // documented with the JSON operation
    public Response importJwt(InputStream body) throws IOException {
        String jwt = new String(read(body), StandardCharsets.UTF_8).strip();
        if (jwt.isEmpty()) {
            throw new IllegalArgumentException("The body is empty: send the compact VC-JWT");
        }
        return created(imports.importJwt(wallets.current(), jwt));
    }

    @GET
    @Operation(summary = "List my imported credentials", description = "Newest first, each with its report.")
    @APIResponse(responseCode = "200", description = "The imports", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "imports", value = "[" + IMPORTED + "]")))
    public List<ImportResponse> list() {
        return imports.list(wallets.current()).stream().map(i -> ImportResponse.of(i, false)).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an imported credential", description = "The credential as uploaded, with its report.")
    @APIResponse(responseCode = "200", description = "The import")
    @APIResponse(responseCode = "404", description = "Not an import of the caller", content = @Content(
            mediaType = Problem.MEDIA_TYPE))
    public ImportResponse get(@PathParam("id") String id) {
        return ImportResponse.of(imports.find(wallets.current(), id), true);
    }

    private static Response created(Imports.Imported imported) {
        return Response.created(URI.create("/v1/wallet/imports/" + imported.importId()))
                .entity(ImportResponse.of(imported, false)).type(MediaType.APPLICATION_JSON).build();
    }

    private byte[] read(InputStream body) throws IOException {
        return VerificationRequest.read(body, maxBodySize.asLongValue());
    }
}
