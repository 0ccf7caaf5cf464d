package io.accord.gateway.rest;

import io.accord.gateway.ApiClient;
import io.accord.gateway.service.ApiClientService;
import io.accord.infra.audit.AuditHistory;
import io.accord.infra.audit.AuditTrail;
import io.accord.infra.security.Permissions;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.util.UUID;

/** Machine clients (ERP systems): administrators register them (the key is shown once) and revoke them. */
@Path("/api/v1/api-clients")
@Produces(MediaType.APPLICATION_JSON)
public class ApiClientResource {

    private final ApiClientService clients;
    private final AuditTrail audit;

    public ApiClientResource(ApiClientService clients, AuditTrail audit) {
        this.clients = clients;
        this.audit = audit;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.API_CLIENTS_WRITE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "erp-client", value = RequestExamples.API_CLIENT)))
    public Response register(@Valid @NotNull ApiClientRequest body, UriInfo uri) {
        ApiClientService.Registration registration = clients.register(body.toCommand());
        return Response.created(uri.getAbsolutePathBuilder().path(registration.client().id.toString()).build())
                .header("Cache-Control", "no-store")
                .entity(ApiClientView.withKey(registration.client(), registration.apiKey())).build();
    }

    @GET
    @PermissionsAllowed(Permissions.API_CLIENTS_READ)
    public Page<ApiClientView> list(@QueryParam("name") String name, @QueryParam("status") ApiClient.Status status,
            @Valid @BeanParam PageParams page) {
        return clients.list(name, status, page).map(ApiClientView::of);
    }

    @GET
    @Path("{id}")
    @PermissionsAllowed(Permissions.API_CLIENTS_READ)
    public ApiClientView get(@PathParam("id") UUID id) {
        return ApiClientView.of(clients.get(id));
    }

    /** Takes effect on the next request with that key, at every gateway replica. */
    @DELETE
    @Path("{id}")
    @PermissionsAllowed(Permissions.API_CLIENTS_WRITE)
    public Response revoke(@PathParam("id") UUID id) {
        clients.revoke(id);
        return Response.noContent().build();
    }

    @Path("{id}/history")
    @PermissionsAllowed(Permissions.API_CLIENTS_READ)
    public AuditHistory history(@PathParam("id") UUID id) {
        clients.get(id);
        return audit.of(ApiClient.AGGREGATE, id);
    }
}
