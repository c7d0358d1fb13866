package org.credstack.issuance.credential.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.credstack.vc.jsonld.BundledContexts;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The credstack JSON-LD context at its permanent URL, byte for byte the copy bundled with every signer and
 * verifier, so that other verifiers can pin it. A published version never changes; a change is a new version.
 */
@Path("/ns/credstack/v1")
@Tag(name = "JSON-LD contexts", description = "The credstack context for terms Open Badges 3.0 does not define")
public class CredstackContextResource {

    static final String LD_JSON = "application/ld+json";

    @ConfigProperty(name = "credstack.context.cache-max-age-seconds", defaultValue = "31536000")
    long maxAge;

    private static final byte[] CONTEXT = read();

    @GET
    @Produces(LD_JSON)
    @Operation(summary = "The credstack JSON-LD context, version 1", description = "Defines the EU "
            + "micro-credential terms credentials use beside Open Badges 3.0 (workloadHours, assessmentType, "
            + "formOfParticipation, qualityAssurance, prerequisites, stackability, escoVersion). Public, immutable, "
            + "cacheable for long.")
    @APIResponse(responseCode = "200", description = "The context", content = @Content(mediaType = LD_JSON,
            examples = @ExampleObject(name = "context (abridged)", value = """
                    {"@context":{"@protected":true,
                      "workloadHours":{"@id":"https://credstack.org/ns/credstack#workloadHours",
                                       "@type":"http://www.w3.org/2001/XMLSchema#decimal"}}}""")))
    public Response get() {
        return Response.ok(CONTEXT, LD_JSON).header("Cache-Control", "public, max-age=" + maxAge + ", immutable")
                .build();
    }

    private static byte[] read() {
        try (InputStream in = BundledContexts.open(BundledContexts.CREDSTACK_V1)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled credstack context cannot be read", e);
        }
    }
}
