package io.accord.requirements.rest;

import io.accord.infra.audit.AuditHistory;
import io.accord.infra.audit.AuditTrail;
import io.accord.infra.openapi.SortParameters;
import io.accord.infra.security.Permissions;
import io.accord.infra.web.Etags;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import io.accord.requirements.Customer;
import io.accord.requirements.service.CustomerService;
import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.util.UUID;

@Path("/api/v1/customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {

    private final CustomerService customers;
    private final AuditTrail audit;

    public CustomerResource(CustomerService customers, AuditTrail audit) {
        this.customers = customers;
        this.audit = audit;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.CUSTOMERS_WRITE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "customer", value = RequestExamples.CUSTOMER)))
    public Response register(@Valid @NotNull CustomerRequest body, UriInfo uri) {
        Customer customer = customers.register(body.toCommand());
        return Response.created(uri.getAbsolutePathBuilder().path(customer.id.toString()).build())
                .tag(Etags.of(customer.version)).entity(CustomerView.of(customer)).build();
    }

    @GET
    @PermissionsAllowed(Permissions.CUSTOMERS_READ)
    @Parameter(name = "sort", in = ParameterIn.QUERY, extensions = {
            @Extension(name = SortParameters.FIELDS, value = "code, name, createdAt"),
            @Extension(name = SortParameters.DEFAULT, value = "code,asc")})
    public Page<CustomerView> list(@QueryParam("code") String code, @QueryParam("name") String name,
            @Valid @BeanParam PageParams page) {
        return customers.list(code, name, page).map(CustomerView::of);
    }

    @GET
    @Path("{id}")
    @PermissionsAllowed(Permissions.CUSTOMERS_READ)
    public Response get(@PathParam("id") UUID id) {
        Customer customer = customers.get(id);
        return Response.ok(CustomerView.of(customer)).tag(Etags.of(customer.version)).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @PermissionsAllowed(Permissions.CUSTOMERS_WRITE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "new-name-and-contacts", value = RequestExamples.CUSTOMER_UPDATE)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CustomerUpdateRequest body) {
        Customer customer = customers.update(id, body.toCommand(), ifMatch);
        return Response.ok(CustomerView.of(customer)).tag(Etags.of(customer.version)).build();
    }

    @Path("{id}/history")
    @PermissionsAllowed(Permissions.CUSTOMERS_HISTORY)
    public AuditHistory history(@PathParam("id") UUID id) {
        customers.get(id);
        return audit.of(Customer.AGGREGATE, id);
    }
}
