package org.credstack.platform.projection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.credstack.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators see each projection's serving generation and counters, and rebuild a projection from offset zero. */
@Path("/admin/projections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
@Tag(name = "Operations", description = "Projection status and rebuilds (role operator)")
public class ProjectionAdminResource {

    @Inject
    Projections projections;

    public record ProjectionStatus(String name, String consumerGroup, int generation, String schema,
                                   boolean switching, long applied, long skippedDuplicates, long deadLettered,
                                   RebuildProgress rebuild) {
    }

    @GET
    @Operation(summary = "List projections", description = "Serving generation, counters since start, last rebuild.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "one projection", value = """
                    [{"name":"issuer-directory","consumerGroup":"wallet.issuer-directory","generation":1,
                      "schema":"proj_issuer_directory_g1","switching":false,"applied":42,"skippedDuplicates":0,
                      "deadLettered":0}]""")))
    public List<ProjectionStatus> list() {
        return projections.all().stream().map(this::status).toList();
    }

    @GET
    @Path("/{name}")
    @Operation(summary = "One projection's status and rebuild progress")
    @APIResponse(responseCode = "200", description = "Status")
    @APIResponse(responseCode = "404", description = "No such projection")
    public ProjectionStatus get(@PathParam("name") String name) {
        return status(projections.byName(name));
    }

    @POST
    @Path("/{name}/rebuild")
    @Operation(summary = "Rebuild from offset zero",
            description = "Replays the projection's topics from offset zero into a fresh generation while the "
                    + "current one serves, then switches. Poll GET /admin/projections/{name} for progress.")
    @APIResponse(responseCode = "202", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "started", value = """
                    {"projection":"issuer-directory","state":"REPLAYING","generation":2,"done":0,"total":1200,
                     "ratePerSecond":0.0,"startedAt":"2026-11-29T10:00:00Z"}""")))
    @APIResponse(responseCode = "409", description = "A rebuild of this projection is running")
    public Response rebuild(@PathParam("name") String name) {
        ProjectionRebuild rebuild = projections.startRebuild(name);
        return Response.accepted(rebuild.progress()).location(URI.create("/admin/projections/" + name)).build();
    }

    private ProjectionStatus status(Projection projection) {
        ProjectionStore.Serving serving = projections.serving(projection);
        ProjectionMetrics metrics = projections.metrics();
        return new ProjectionStatus(projection.name(), projections.consumerGroup(projection), serving.generation(),
                serving.schema(), serving.switching(), metrics.applied(projection.name()),
                metrics.skippedDuplicates(projection.name()), metrics.deadLettered(projection.name()),
                projections.rebuild(projection.name()).map(ProjectionRebuild::progress).orElse(null));
    }

}
