package org.credstack.recognition.progress.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.credstack.platform.persistence.NativeRows;
import org.credstack.platform.security.Roles;
import org.credstack.recognition.progress.ProgressTimings;
import org.credstack.recognition.progress.ProgressTimings.Percentiles;
import org.credstack.recognition.progress.ProgressTimings.Window;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Operators see the progress worker of this replica: how many learners wait for re-evaluation (all replicas), how many
 * this replica re-evaluated, and how long that took. The timings are what the progress benchmark reads.
 */
@Path("/admin/progress")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
@Tag(name = "Operations", description = "Projection status and rebuilds (role operator)")
public class ProgressAdminResource {

    @Inject
    EntityManager em;
    @Inject
    ProgressTimings timings;

    /**
     * {@code queued}: learners waiting now; {@code reevaluated}/{@code failed}: since this replica started;
     * {@code evaluation} and {@code latency}: percentiles over the last re-evaluations kept.
     */
    public record Status(long queued, long reevaluated, long failed, Percentiles evaluation, Percentiles latency) {
    }

    /** Re-evaluations {@code from}+1 to {@code last} of this replica, one entry per learner, in microseconds. */
    public record Timings(long from, long last, long failed, long[] evaluationMicros, long[] latencyMicros) {
    }

    @GET
    @Operation(summary = "Progress worker status",
            description = "Learners queued for re-evaluation, learners re-evaluated and failed since this replica "
                    + "started, and percentiles (ms) of the last 20,000 re-evaluations: evaluation (reading the "
                    + "learner's records, evaluating every published qualification, storing the result) and latency "
                    + "(queued by a credential, link, consent or RPL event until the progress was committed).")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "idle", value = """
                    {"queued":0,"reevaluated":1204,"failed":0,
                     "evaluation":{"count":1204,"p50Ms":1.9,"p99Ms":6.2,"maxMs":14.8},
                     "latency":{"count":1204,"p50Ms":3.1,"p99Ms":9.7,"maxMs":31.0}}""")))
    public Status status() {
        Window all = timings.after(0);
        Number queued = NativeRows.<Number>column(em, "SELECT count(*) FROM progress_pending").get(0);
        return new Status(queued.longValue(), all.last(), all.failed(), all.evaluation(), all.latency());
    }

    @GET
    @Path("/timings")
    @Operation(summary = "Raw timings of the re-evaluations after a number",
            description = "Each re-evaluation this replica made after number `after` (at most the last 20,000), in "
                    + "microseconds, oldest first; `last` is the number to pass next time.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "two re-evaluations", value = """
                    {"from":1202,"last":1204,"failed":0,"evaluationMicros":[1870,2210],
                     "latencyMicros":[3020,3311]}""")))
    @APIResponse(responseCode = "400", description = "after is negative",
            content = @Content(mediaType = "application/problem+json"))
    public Timings timings(@QueryParam("after") @DefaultValue("0") long after) {
        if (after < 0) {
            throw new BadRequestException("after must be 0 or more");
        }
        Window w = timings.after(after);
        return new Timings(w.from(), w.last(), w.failed(), w.evaluationMicros(), w.latencyMicros());
    }
}
