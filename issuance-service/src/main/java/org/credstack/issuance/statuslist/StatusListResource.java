package org.credstack.issuance.statuslist;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.credstack.platform.domain.NotFound;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public Bitstring Status List credentials that credentials' {@code credentialStatus} entries point at. Signed
 * by the issuer of those credentials with its active Ed25519 key (a key in its DID document's assertionMethod), as
 * the Bitstring Status List specification requires of the list's issuer.
 */
@Path("/status-lists/{issuerId}/{listId}")
@Tag(name = "Status lists", description = "Public W3C Bitstring Status List credentials, for verifiers (no token)")
public class StatusListResource {

    static final String VC_LD_JSON = "application/vc+ld+json";

    @Inject
    SignedStatusLists lists;
    /** Verifiers may cache a list this long: a revocation reaches them within it. */
    @ConfigProperty(name = "credstack.status-lists.cache-max-age-seconds", defaultValue = "60")
    int maxAge;

    @GET
    @Produces({VC_LD_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "A status list credential", description = "The signed BitstringStatusListCredential of "
            + "an issuer's list for one purpose (revocation or suspension): bit i is set when the credential "
            + "holding index i is revoked (or suspended). Served as application/vc+ld+json, or application/json "
            + "when asked for; cacheable for a short time.")
    @APIResponse(responseCode = "200", description = "The signed status list credential", content = @Content(
            mediaType = VC_LD_JSON, examples = @ExampleObject(name = "revocation list (abridged)", value = """
                    {"@context":["https://www.w3.org/ns/credentials/v2"],
                     "id":"http://localhost:8081/status-lists/demo-university/revocation-1",
                     "type":["VerifiableCredential","BitstringStatusListCredential"],
                     "issuer":"did:web:localhost%3A8081:issuers:demo-university",
                     "validFrom":"2026-11-29T10:00:00Z",
                     "credentialSubject":{"id":"http://localhost:8081/status-lists/demo-university/revocation-1#list",
                       "type":"BitstringStatusList","statusPurpose":"revocation",
                       "encodedList":"uH4sIAAAAAAAA_-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA"},
                     "proof":{"type":"DataIntegrityProof","cryptosuite":"eddsa-rdfc-2022",
                       "created":"2026-11-29T10:00:00Z",
                       "verificationMethod":"did:web:localhost%3A8081:issuers:demo-university#key-1",
                       "proofPurpose":"assertionMethod","proofValue":"z5Ufx4xXqo..."}}""")))
    @APIResponse(responseCode = "404", description = "No such list",
            content = @Content(mediaType = "application/problem+json"))
    public Response get(@PathParam("issuerId") String issuerId,
                        @Parameter(description = "The list: its purpose (revocation or suspension) and number, "
                                + "for example revocation-1") @PathParam("listId") String listId,
                        @Context HttpHeaders headers) {
        StatusLists.ListId id = StatusLists.parseListId(listId)
                .orElseThrow(() -> new NotFound("Status list", issuerId + "/" + listId));
        String signed = lists.signed(issuerId, id)
                .orElseThrow(() -> new NotFound("Status list", issuerId + "/" + listId));
        return Response.ok(signed, mediaType(headers))
                .header("Cache-Control", "max-age=" + maxAge).build();
    }

    /** application/json only when the client prefers it to the VC media type. */
    private static String mediaType(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.valueOf(VC_LD_JSON)) && !accepted.isWildcardType()) {
                return VC_LD_JSON;
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !accepted.isWildcardType()) {
                return MediaType.APPLICATION_JSON;
            }
        }
        return VC_LD_JSON;
    }
}
