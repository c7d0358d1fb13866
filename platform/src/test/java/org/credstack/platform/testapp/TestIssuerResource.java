package org.credstack.platform.testapp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import org.credstack.platform.axon.Commands;
import org.credstack.platform.idempotency.Idempotency;
import org.credstack.platform.security.Caller;

@Path("/test/issuers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("operator")
public class TestIssuerResource {

    public record RegisterRequest(@NotBlank @Size(max = 2000) String name) {
    }

    @Inject
    Commands commands;
    @Inject
    Idempotency idempotency;
    @Inject
    Caller caller;

    @POST
    public Response register(@HeaderParam(Idempotency.HEADER) String key, @Valid RegisterRequest request) {
        return idempotency.execute(caller.subject(), key, "POST /test/issuers", request, () -> {
            String id = UUID.randomUUID().toString();
            commands.send(new TestIssuer.RegisterTestIssuer(id, request.name()));
            return Response.created(URI.create("/test/issuers/" + id)).entity(Map.of("id", id)).build();
        });
    }

    @POST
    @Path("/{id}/rename")
    public Response rename(@PathParam("id") String id, @Valid RegisterRequest request) {
        commands.send(new TestIssuer.RenameTestIssuer(id, request.name()));
        return Response.noContent().build();
    }
}
