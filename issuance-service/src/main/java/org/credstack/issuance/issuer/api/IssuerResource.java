package org.credstack.issuance.issuer.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.credstack.issuance.issuer.application.Issuers;
import org.credstack.issuance.issuer.domain.DidWeb;
import org.credstack.issuance.issuer.projection.IssuerRecord;
import org.credstack.issuance.key.IssuerKeyStore;
import org.credstack.platform.domain.NotFound;
import org.credstack.platform.idempotency.Idempotency;
import org.credstack.platform.security.Caller;
import org.credstack.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/issuers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Issuers", description = "Institutions that issue credentials (tenants)")
@SecurityRequirement(name = "bearer")
public class IssuerResource {

    static final String REGISTERED = """
                    {"id":"5f0c6a0e-8a51-4a43-9d0b-3a4a7e9b2c11",
                     "did":"did:web:localhost%3A8081:issuers:5f0c6a0e-8a51-4a43-9d0b-3a4a7e9b2c11",
                     "name":"Demo University","url":"https://www.demo-university.example",
                     "email":"registrar@demo-university.example","country":"NL","accreditation":"NVAO",
                     "registeredAt":"2026-11-29T10:00:00Z",
                     "keys":[{"id":"did:web:localhost%3A8081:issuers:5f0c6a0e-8a51-4a43-9d0b-3a4a7e9b2c11#key-1",
                              "type":"Multikey","algorithm":"Ed25519","status":"ACTIVE",
                              "createdAt":"2026-11-29T10:00:00Z",
                              "publicKeyMultibase":"z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"},
                             {"id":"did:web:localhost%3A8081:issuers:5f0c6a0e-8a51-4a43-9d0b-3a4a7e9b2c11#rsa-1",
                              "type":"JsonWebKey","algorithm":"RSA","status":"ACTIVE",
                              "createdAt":"2026-11-29T10:00:00Z",
                              "publicKeyJwk":{"kty":"RSA","n":"sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bO",
                                              "e":"AQAB","alg":"RS256",
                                              "kid":"did:web:localhost%3A8081:issuers:5f0c6a0e-8a51-4a43-9d0b-3a4a7e9b2c11#rsa-1"}}]}""";


    @Inject
    Issuers issuers;
    @Inject
    IssuerKeyStore keys;
    @Inject
    Idempotency idempotency;
    @Inject
    Caller caller;
    @ConfigProperty(name = "credstack.public-base-url")
    URI publicBaseUrl;

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Register an institution as an issuer",
            description = "Creates the issuer (tenant) with a did:web identifier under this deployment's public "
                    + "base URL, an Ed25519 key (Data Integrity proofs, EdDSA JWTs) and an RSA key (RS256 VC-JWTs), "
                    + "and publishes IssuerRegistered with the public keys. Private keys are stored encrypted and "
                    + "never leave the service.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "university", value = """
                    {"id":"demo-university","name":"Demo University","url":"https://www.demo-university.example",
                     "email":"registrar@demo-university.example","country":"NL","accreditation":"NVAO"}""")))
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "registered", value = REGISTERED)))
    @APIResponse(responseCode = "400", description = "Invalid fields",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "An issuer with this id exists",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an operator")
    public Response register(
            @Parameter(description = "Makes retries safe: the same key and body return the first response")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull RegisterIssuerRequest request) {
        return idempotency.execute("operator:" + caller.subject(), idempotencyKey, "POST /v1/issuers", request,
                () -> {
                    String id = request.id() != null ? request.id() : UUID.randomUUID().toString();
                    issuers.register(id, DidWeb.forIssuer(publicBaseUrl, id), request.name(), request.url(),
                            request.email(), request.country(), request.accreditation());
                    return Response.created(URI.create("/v1/issuers/" + id)).entity(response(id)).build();
                });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OPERATOR, Roles.ISSUER_ADMIN, Roles.ISSUER_STAFF})
    @Operation(summary = "Read an issuer", description = "Operators read any issuer; issuer staff only their own.")
    @APIResponse(responseCode = "200", description = "The issuer", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "issuer", value = REGISTERED)))
    @APIResponse(responseCode = "404", description = "Unknown, or another tenant's",
            content = @Content(mediaType = "application/problem+json"))
    public IssuerResponse get(@PathParam("id") String id) {
        boolean own = caller.tenant().map(id::equals).orElse(false);
        IssuerRecord record = IssuerRecord.findById(id);
        if (record == null || !(caller.hasRole(Roles.OPERATOR) || own)) {
            throw new NotFound("Issuer", id);
        }
        return IssuerResponse.of(record, keys.publicKeys(id));
    }

    @POST
    @Path("/{id}/keys/rotate")
    @RolesAllowed({Roles.OPERATOR, Roles.ISSUER_ADMIN})
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Rotate the issuer's signing keys",
            description = "Generates a new Ed25519 key and a new RSA key, which sign from now on, and publishes one "
                    + "IssuerKeyRotated per key. The previous keys are retired: they sign nothing more but stay in "
                    + "the DID document's assertionMethod, so that credentials they signed still verify. Operators "
                    + "rotate any issuer's keys, issuer admins only their own. No request body.")
    @APIResponse(responseCode = "200", description = "Rotated: the issuer with all its keys", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "rotated (abridged)", value = """
                    {"id":"demo-university","did":"did:web:localhost%3A8081:issuers:demo-university",
                     "name":"Demo University","country":"NL","registeredAt":"2026-11-29T10:00:00Z",
                     "keys":[{"id":"did:web:localhost%3A8081:issuers:demo-university#key-1","type":"Multikey",
                              "algorithm":"Ed25519","status":"RETIRED","createdAt":"2026-11-29T10:00:00Z",
                              "retiredAt":"2027-02-01T09:00:00Z",
                              "publicKeyMultibase":"z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"},
                             {"id":"did:web:localhost%3A8081:issuers:demo-university#key-2","type":"Multikey",
                              "algorithm":"Ed25519","status":"ACTIVE","createdAt":"2027-02-01T09:00:00Z",
                              "publicKeyMultibase":"z6MknGc3ocHs3zdPiJbnaaqDi58NGb4pk1Sp9WxWufuXSdxf"}]}""")))
    @APIResponse(responseCode = "404", description = "Unknown, or another tenant's",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "A concurrent rotation of the same issuer won",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither an operator nor an issuer admin")
    public Response rotateKeys(
            @Parameter(description = "Makes retries safe: the same key returns the first response and rotates once")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @PathParam("id") String id) {
        boolean operator = caller.hasRole(Roles.OPERATOR);
        boolean own = caller.tenant().map(id::equals).orElse(false);
        IssuerRecord record = IssuerRecord.findById(id);
        if (record == null || !(operator || own)) {
            throw new NotFound("Issuer", id);
        }
        String scope = operator ? "operator:" + caller.subject() : id;
        return idempotency.execute(scope, idempotencyKey, "POST /v1/issuers/{id}/keys/rotate", Map.of("issuer", id),
                () -> {
                    issuers.rotateKeys(id, record.did);
                    return Response.ok(response(id)).build();
                });
    }

    private IssuerResponse response(String id) {
        return IssuerResponse.of(IssuerRecord.findById(id), keys.publicKeys(id));
    }
}
