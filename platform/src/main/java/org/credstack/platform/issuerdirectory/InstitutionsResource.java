package org.credstack.platform.issuerdirectory;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.credstack.platform.domain.NotFound;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public list of the institutions that issue on credstack (no personal data: institutions only). */
@Path("/v1/institutions")
@Produces(MediaType.APPLICATION_JSON)
@IfBuildProperty(name = "credstack.issuer-directory.enabled", stringValue = "true")
@Tag(name = "Institutions", description = "Issuers known to credstack, built from the issuance event stream")
public class InstitutionsResource {

    public record Institution(String id, String did, String name, String url, String country, String accreditation,
                              Instant registeredAt) {
        static Institution of(KnownIssuer issuer) {
            return new Institution(issuer.issuerId, issuer.did, issuer.name, issuer.url, issuer.country,
                    issuer.accreditation, issuer.registeredAt);
        }
    }

    @GET
    @Operation(summary = "List institutions", description = "Every issuer registered on credstack, by name.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "one institution", value = """
                    [{"id":"5f0c6a0e-8a51-4a43-9d0b-3a4a7e9b2c11",
                      "did":"did:web:localhost%3A8081:issuers:5f0c6a0e-8a51-4a43-9d0b-3a4a7e9b2c11",
                      "name":"Demo University","url":"https://demo.example.edu","country":"NL",
                      "accreditation":"NVAO","registeredAt":"2026-11-29T10:00:00Z"}]""")))
    public List<Institution> list() {
        return KnownIssuer.listByName().stream().map(Institution::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One institution")
    @APIResponse(responseCode = "200", description = "The institution")
    @APIResponse(responseCode = "404", description = "Unknown institution",
            content = @Content(mediaType = "application/problem+json"))
    public Institution get(@PathParam("id") String id) {
        KnownIssuer issuer = KnownIssuer.findById(id);
        if (issuer == null) {
            throw new NotFound("Institution", id);
        }
        return Institution.of(issuer);
    }
}
