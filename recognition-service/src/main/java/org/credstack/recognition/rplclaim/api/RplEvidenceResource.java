package org.credstack.recognition.rplclaim.api;

import static org.credstack.recognition.rplclaim.api.RplExamples.PROBLEM;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.Map;
import org.credstack.platform.idempotency.Idempotency;
import org.credstack.platform.security.Roles;
import org.credstack.recognition.rplclaim.application.RplClaimReader;
import org.credstack.recognition.rplclaim.application.RplEvidence;
import org.credstack.recognition.rplclaim.application.RplSettings;
import org.credstack.recognition.rplclaim.application.RplTexts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Evidence added by the claimant after submission, and the evidence files for those who may read the claim. */
@Path("/v1/rpl-claims/{id}/evidence")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "RPL claims")
@SecurityRequirement(name = "bearer")
public class RplEvidenceResource {

    private static final String CONFLICTS = "assessment-started, claim-already-decided, not-the-claimant";
    private static final String FILE_RULES = "evidence-type-not-allowed (allowed: credstack.rpl.evidence.allowed-types),"
            + " evidence-content-mismatch, evidence-limit-reached";

    @Inject
    RplEvidence evidence;
    @Inject
    RplClaimReader reader;
    @Inject
    RplIdempotency idempotency;
    @Inject
    RplSettings settings;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LEARNER)
    @Operation(summary = "Add evidence", description = "The claimant adds a credential of their wallet (covered by a "
            + "consent of the wallet for this institution, for any purpose or for rpl:<claimId>), a credential issued "
            + "elsewhere (verified now; a forgery is refused) or an https portfolio link. Allowed until the first "
            + "verdict. Offering the same evidence again changes nothing.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "wallet credential", value = RplExamples.WALLET_CREDENTIAL),
            @ExampleObject(name = "external credential", value = RplExamples.EXTERNAL_CREDENTIAL),
            @ExampleObject(name = "portfolio link", value = RplExamples.PORTFOLIO_LINK)}))
    @APIResponse(responseCode = "200", description = "The claim with the evidence", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "claim", value = RplExamples.CLAIM)))
    @APIResponse(responseCode = "400", description = "Malformed, or fields missing for the kind", content = @Content(
            mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such claim for the caller", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = CONFLICTS, content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "consent-required, credential-invalid, portfolio-link-not-https",
            content = @Content(mediaType = PROBLEM))
    public Response add(@PathParam("id") String id, @Parameter(description = RplIdempotency.KEY_DOC)
            @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull EvidenceRequest request) {
        return idempotency.run(key, "POST /v1/rpl-claims/{id}/evidence", Map.of("claim", id, "body", request), () -> {
            evidence.add(id, request.offer());
            return Response.ok(reader.details(id)).build();
        });
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.LEARNER)
    @Operation(summary = "Upload an evidence file (form)", description = "multipart/form-data with the file in part "
            + "\"file\"; its part's Content-Type and file name are kept. Stored with its SHA-256, which the claim "
            + "records. At most credstack.rpl.evidence.max-file-size (10 MiB by default).")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "file", value = RplExamples.FILE)))
    @APIResponse(responseCode = "400", description = "No part named file, or an empty file",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = CONFLICTS, content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "413", description = "evidence-file-too-large", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = FILE_RULES, content = @Content(mediaType = PROBLEM))
    public Response upload(@PathParam("id") String id, @Parameter(description = RplIdempotency.KEY_DOC)
            @HeaderParam(Idempotency.HEADER) String key, @RestForm("file") FileUpload file) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("the form has no part named file");
        }
        long limit = settings.evidence().maxFileSize().asLongValue();
        if (file.size() > limit) {
            return RplUploadLimit.tooLarge(limit, "/v1/rpl-claims/" + id + "/evidence");
        }
        String type = file.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : file.contentType();
        return store(id, key, file.fileName(), type, Files.readAllBytes(file.uploadedFile()));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.LEARNER)
    @Operation(summary = "Upload an evidence file (raw)", description = "The file itself as the body, with its "
            + "Content-Type; a file name may come in Content-Disposition (attachment; filename=\"reference.pdf\").")
    @RequestBody(content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "file", value = RplExamples.FILE)))
    @APIResponse(responseCode = "409", description = CONFLICTS, content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "413", description = "evidence-file-too-large", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = FILE_RULES, content = @Content(mediaType = PROBLEM))
    public Response uploadRaw(@PathParam("id") String id, @Parameter(description = RplIdempotency.KEY_DOC)
            @HeaderParam(Idempotency.HEADER) String key, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam("Content-Disposition") String disposition, InputStream body) throws IOException {
        long limit = settings.evidence().maxFileSize().asLongValue();
        byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (content.length > limit) {
            return RplUploadLimit.tooLarge(limit, "/v1/rpl-claims/" + id + "/evidence");
        }
        return store(id, key, FileNames.fromDisposition(disposition),
                contentType == null ? MediaType.APPLICATION_OCTET_STREAM : contentType, content);
    }

    @GET
    @Path("/{fileId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.LEARNER, Roles.ISSUER_ADMIN, Roles.ISSUER_STAFF, Roles.ASSESSOR})
    @Operation(summary = "Download an evidence file", description = "For the claimant and the institution's staff "
            + "and assessors; as an attachment, with its stored media type. Gone once the learner is erased.")
    @APIResponse(responseCode = "200", description = "The file's bytes")
    @APIResponse(responseCode = "404", description = "No such claim or file for the caller",
            content = @Content(mediaType = PROBLEM))
    public Response download(@PathParam("id") String id, @PathParam("fileId") String fileId) {
        RplTexts.StoredFile file = evidence.file(id, fileId);
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", FileNames.attachment(file.name(), file.fileId()))
                .header("X-Content-Type-Options", "nosniff")
                .header("ETag", "\"" + file.sha256() + "\"")
                .build();
    }

    private Response store(String id, String key, String name, String mediaType, byte[] content) {
        if (content.length == 0) {
            throw new IllegalArgumentException("an evidence file is not empty");
        }
        String shortName = FileNames.clip(name);
        RplFile stored = RplFile.of(shortName, mediaType, content);
        return idempotency.run(key, "POST /v1/rpl-claims/{id}/evidence (file)", Map.of("claim", id, "file", stored),
                () -> {
                    String fileId = evidence.addFile(id, shortName, mediaType, content);
                    URI location = URI.create("/v1/rpl-claims/" + id + "/evidence/" + fileId);
                    return Response.created(location).entity(stored.withId(fileId)).build();
                });
    }
}
