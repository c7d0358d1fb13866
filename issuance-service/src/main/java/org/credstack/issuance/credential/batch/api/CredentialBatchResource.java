package org.credstack.issuance.credential.batch.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.credstack.issuance.credential.api.IssueCredentialRequest;
import org.credstack.issuance.credential.application.IssueRequest;
import org.credstack.issuance.credential.batch.application.BatchRejected;
import org.credstack.issuance.credential.batch.application.BatchStatus;
import org.credstack.issuance.credential.batch.application.CredentialBatches;
import org.credstack.issuance.credential.batch.application.RowResult;
import org.credstack.platform.axon.Commands;
import org.credstack.platform.idempotency.Idempotency;
import org.credstack.platform.security.Caller;
import org.credstack.platform.security.Roles;
import org.credstack.platform.web.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/credential-batches")
@Tag(name = "Credential batches", description = "Bulk issuance: many credentials from one upload, issued in the "
        + "background")
@SecurityRequirement(name = "bearer")
public class CredentialBatchResource {

    static final String PATH = "/v1/credential-batches";
    static final String CSV = "text/csv";
    private static final String OPERATION = "POST " + PATH;
    private static final int DEFAULT_PAGE = 100;
    private static final int MAX_PAGE = 1000;

    @Inject
    CredentialBatches batches;
    @Inject
    BatchUploads uploads;
    @Inject
    Idempotency idempotency;
    @Inject
    Caller caller;
    @Inject
    ObjectMapper mapper;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, CSV})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ISSUER_ADMIN, Roles.ISSUER_STAFF})
    @Operation(summary = "Issue credentials in bulk", description = "Accepts up to credstack.batches.max-rows "
            + "(100,000) recipients as a JSON array of rows, each exactly the body of POST /v1/credentials, or as CSV "
            + "(RFC 4180, UTF-8 unless a charset is given) with a header row naming the columns achievementId, "
            + "email (both required), achievementVersion, learnerId, displayName, validFrom, validUntil (ISO-8601 "
            + "instants) in any order; an empty cell is a field left out. The whole upload is checked before anything "
            + "is written: a malformed or invalid row, an unknown column or an achievement that cannot be issued "
            + "refuses it all, naming each row as rows[<index>] (from 0, in upload order; the first CSV row after "
            + "the header is 0) and the field. An accepted batch is stored at once and issued in the background, "
            + "in chunks, by workers that resume after a restart; follow it at the Location. A row that breaks a "
            + "rule by then (its achievement retired meanwhile, ...) fails with the reason, and the rest go on.")
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = IssueCredentialRequest.class),
                    examples = @ExampleObject(name = "two learners", value = CredentialBatchExamples.JSON_REQUEST)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "two learners, quoted fields",
                            value = CredentialBatchExamples.CSV_REQUEST))})
    @APIResponse(responseCode = "202", description = "Accepted: the batch as stored; Location is where it is "
            + "followed", headers = @Header(name = "Location"), content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CredentialBatchResponse.class),
                    examples = @ExampleObject(name = "accepted", value = CredentialBatchExamples.ACCEPTED)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or CSV, missing, invalid, wrongly typed or unknown "
            + "fields or columns, dates out of order, an empty upload: each named in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "invalid rows",
                    value = CredentialBatchExamples.INVALID_ROWS)))
    @APIResponse(responseCode = "413", description = "More rows than credstack.batches.max-rows, or a body larger than "
            + "quarkus.http.limits.max-body-size", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "too many rows", value = CredentialBatchExamples.TOO_LARGE)))
    @APIResponse(responseCode = "415", description = "Neither application/json nor text/csv",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "Rows name an achievement that cannot be issued: "
            + "achievement-not-found (unknown, or another tenant's), achievement-version-not-issuable (draft or "
            + "superseded), achievement-retired; each row named in errors. Or issuer-not-registered.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "unknown achievement",
                    value = CredentialBatchExamples.UNKNOWN_ACHIEVEMENT)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an issuer admin or staff member of a tenant")
    public Response submit(
            @Parameter(description = "Makes retries safe: the same key and rows return the first response (the same "
                    + "batch) and store the batch once") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Parameter(description = "Becomes the correlation id of every event of the batch's credentials")
            @HeaderParam(Commands.CORRELATION_HEADER) String correlationId,
            @Context HttpHeaders headers, InputStream body, @Context UriInfo uri) {
        String tenant = caller.requireTenant();
        MediaType contentType = headers.getMediaType();
        boolean csv = contentType != null && contentType.isCompatible(MediaType.valueOf(CSV));
        return refusable(uri, () -> {
            List<IssueCredentialRequest> rows = csv ? uploads.csv(body, charset(contentType)) : uploads.json(body);
            String actor = caller.actor();
            String correlation = correlationId == null || correlationId.isBlank() || correlationId.length() > 128
                    ? UUID.randomUUID().toString() : correlationId;
            return idempotency.execute(tenant, idempotencyKey, OPERATION, rows, () -> {
                BatchStatus accepted = batches.accept(tenant, actor, correlation, requests(tenant, rows));
                return Response.accepted(json(CredentialBatchResponse.of(accepted, List.of(), null, Instant.now())))
                        .location(URI.create(PATH + "/" + accepted.batchId())).type(MediaType.APPLICATION_JSON)
                        .build();
            });
        });
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ISSUER_ADMIN, Roles.ISSUER_STAFF})
    @Operation(summary = "Follow a batch", description = "Progress (counts, rate, estimated time left) and the "
            + "results of processed rows in row order, a page at a time: pass nextCursor as cursor for the next page. "
            + "Rows are processed in chunks in parallel, so while a batch runs a later read may show rows before the "
            + "cursor; once it is completed the pages are final. Another institution's batch answers 404.")
    @APIResponse(responseCode = "200", description = "The batch", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CredentialBatchResponse.class),
            examples = @ExampleObject(name = "running", value = CredentialBatchExamples.RUNNING)))
    @APIResponse(responseCode = "400", description = "A bad cursor, limit or result filter, named in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown, or another tenant's",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an issuer admin or staff member of a tenant")
    public Response get(@PathParam("id") String id,
                        @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
                        @Parameter(description = "Results per page, 1 to 1000 (default 100)") @QueryParam("limit")
                        String limit,
                        @Parameter(description = "Only rows that were issued, or only those that failed",
                                schema = @Schema(enumeration = {"issued", "failed"})) @QueryParam("result")
                        String result,
                        @Context UriInfo uri) {
        String tenant = caller.requireTenant();
        return refusable(uri, () -> {
            int after = cursor == null ? -1 : number("cursor", cursor, 0, Integer.MAX_VALUE, "a nextCursor");
            int size = limit == null ? DEFAULT_PAGE : number("limit", limit, 1, MAX_PAGE, "1 to " + MAX_PAGE);
            RowResult.Outcome only = outcome(result);
            BatchStatus batch = batches.find(tenant, id);
            List<RowResult> page = batches.results(batch, after, only, size + 1);
            String next = page.size() > size ? Integer.toString(page.get(size - 1).row()) : null;
            return Response.ok(CredentialBatchResponse.of(batch, page.subList(0, Math.min(size, page.size())), next,
                    Instant.now()), MediaType.APPLICATION_JSON).build();
        });
    }

    private static List<IssueRequest> requests(String tenant, List<IssueCredentialRequest> rows) {
        return rows.stream().map(r -> new IssueRequest(tenant, r.achievementId(), r.achievementVersion(),
                r.recipient().email(), r.recipient().learnerId(), r.recipient().displayName(), r.validFrom(),
                r.validUntil())).toList();
    }

    /** A refusal as problem+json built by the platform's Problem: 400 field errors, 413, or 422 naming the rule. */
    private static Response refusable(UriInfo uri, Supplier<Response> work) {
        try {
            return work.get();
        } catch (BatchRejected e) {
            List<Problem.FieldError> errors = e.errors().stream()
                    .map(f -> new Problem.FieldError(f.field(), f.message())).toList();
            Problem problem = switch (e.kind()) {
                case INVALID -> Problem.of(400, "validation", "The request is not valid", e.getMessage());
                case TOO_LARGE -> Problem.of(413, "batch-too-large", "The batch is too large", e.getMessage());
                case RULE -> Problem.of(422, "rule/" + e.rule(), "A business rule forbids rows of this batch",
                        e.getMessage()).withRule(e.rule());
            };
            return problem.withErrors(errors).withInstance(uri.getPath()).toResponse();
        }
    }

    private static int number(String field, String value, int min, int max, String expected) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw BatchRejected.of(BatchRejected.Kind.INVALID, field, "must be " + expected);
    }

    private static RowResult.Outcome outcome(String result) {
        if (result == null) {
            return null;
        }
        try {
            return RowResult.Outcome.valueOf(result.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BatchRejected.of(BatchRejected.Kind.INVALID, "result", "must be issued or failed");
        }
    }

    private static Charset charset(MediaType type) {
        String name = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw BatchRejected.of(BatchRejected.Kind.INVALID, "Content-Type", "unsupported charset " + name);
        }
    }

    /** Serialized here, so that an idempotent replay returns exactly these bytes. */
    private String json(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
