package org.credstack.issuance.issuer.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.credstack.issuance.issuer.projection.IssuerRecord;
import org.credstack.issuance.key.IssuerKeyStore;
import org.credstack.platform.domain.NotFound;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Public DID documents: did:web resolves {@code did:web:<host>%3A<port>:issuers:<id>} to
 * {@code <base URL>/issuers/<id>/did.json} (W3C did:web method, "Read (Resolve)").
 */
@Path("/issuers/{id}/did.json")
@Tag(name = "DID documents", description = "Public did:web documents of issuers, for verifiers (no token)")
public class DidDocumentResource {

    static final String DID_JSON = "application/did+json";

    @Inject
    IssuerKeyStore keys;
    /** Verifiers may cache this long; a rotation reaches them within it (retired keys stay, so nothing breaks). */
    @ConfigProperty(name = "credstack.did.cache-max-age-seconds", defaultValue = "300")
    int maxAge;

    @GET
    @Produces({DID_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "An issuer's DID document",
            description = "The did:web document of the issuer: every key, active and retired, as a verification "
                    + "method and in assertionMethod, so that credentials signed before a rotation still verify. "
                    + "Served as application/did+json, or application/json when asked for.")
    @APIResponse(responseCode = "200", description = "The DID document", content = @Content(mediaType = DID_JSON,
            examples = @ExampleObject(name = "after one rotation (abridged)", value = """
                    {"@context":["https://www.w3.org/ns/did/v1","https://w3id.org/security/multikey/v1",
                                 "https://w3id.org/security/suites/jws-2020/v1"],
                     "id":"did:web:localhost%3A8081:issuers:demo-university",
                     "verificationMethod":[
                      {"id":"did:web:localhost%3A8081:issuers:demo-university#key-1","type":"Multikey",
                       "controller":"did:web:localhost%3A8081:issuers:demo-university",
                       "publicKeyMultibase":"z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"},
                      {"id":"did:web:localhost%3A8081:issuers:demo-university#rsa-1","type":"JsonWebKey",
                       "controller":"did:web:localhost%3A8081:issuers:demo-university",
                       "publicKeyJwk":{"kty":"RSA","n":"sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1Wl",
                                       "e":"AQAB","alg":"RS256",
                                       "kid":"did:web:localhost%3A8081:issuers:demo-university#rsa-1"}},
                      {"id":"did:web:localhost%3A8081:issuers:demo-university#key-2","type":"Multikey",
                       "controller":"did:web:localhost%3A8081:issuers:demo-university",
                       "publicKeyMultibase":"z6MknGc3ocHs3zdPiJbnaaqDi58NGb4pk1Sp9WxWufuXSdxf"}],
                     "assertionMethod":["did:web:localhost%3A8081:issuers:demo-university#key-1",
                                        "did:web:localhost%3A8081:issuers:demo-university#rsa-1",
                                        "did:web:localhost%3A8081:issuers:demo-university#key-2"]}""")))
    @APIResponse(responseCode = "404", description = "Unknown issuer",
            content = @Content(mediaType = "application/problem+json"))
    public Response get(@PathParam("id") String id) {
        IssuerRecord issuer = IssuerRecord.findById(id);
        if (issuer == null) {
            throw new NotFound("Issuer", id);
        }
        return Response.ok(DidDocument.of(issuer.did, keys.publicKeys(id)))
                .header("Cache-Control", "max-age=" + maxAge).build();
    }
}
