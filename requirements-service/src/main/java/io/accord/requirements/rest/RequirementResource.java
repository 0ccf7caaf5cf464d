package io.accord.requirements.rest;

import io.accord.infra.audit.AuditHistory;
import io.accord.infra.audit.AuditTrail;
import io.accord.infra.security.Roles;
import io.accord.infra.web.Etags;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import io.accord.requirements.Requirement;
import io.accord.requirements.RequirementSource;
import io.accord.requirements.RequirementStatus;
import io.accord.requirements.service.RequirementService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.OffsetDateTime;
import java.util.UUID;

@Path("/api/v1/requirements")
@Produces(MediaType.APPLICATION_JSON)
public class RequirementResource {

    private final RequirementService requirements;
    private final AuditTrail audit;

    public RequirementResource(RequirementService requirements, AuditTrail audit) {
        this.requirements = requirements;
        this.audit = audit;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SALES, Roles.SALES_MANAGER})
    public Response capture(@Valid @NotNull CaptureRequest body, UriInfo uri) {
        Requirement requirement = requirements.capture(body);
        return Response.created(uri.getAbsolutePathBuilder().path(requirement.id.toString()).build())
                .tag(Etags.of(requirement.version)).entity(RequirementView.of(requirement)).build();
    }

    @GET
    @RolesAllowed({Roles.SALES, Roles.SALES_MANAGER, Roles.QUALITY, Roles.PRODUCTION, Roles.PROCUREMENT, Roles.TECHNICAL,
            Roles.FINANCE, Roles.LEGAL, Roles.SAFETY_ENV, Roles.GENERAL_MANAGER, Roles.CUSTOMER_SERVICE, Roles.AUDITOR, Roles.ADMIN})
    public Page<RequirementView> list(@QueryParam("status") RequirementStatus status,
            @QueryParam("customerId") UUID customerId, @QueryParam("source") RequirementSource source,
            @QueryParam("from") OffsetDateTime from, @QueryParam("to") OffsetDateTime to, @Valid @BeanParam PageParams page) {
        return requirements.list(status, customerId, source, from, to, page).map(RequirementView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SALES, Roles.SALES_MANAGER, Roles.QUALITY, Roles.PRODUCTION, Roles.PROCUREMENT, Roles.TECHNICAL,
            Roles.FINANCE, Roles.LEGAL, Roles.SAFETY_ENV, Roles.GENERAL_MANAGER, Roles.CUSTOMER_SERVICE, Roles.AUDITOR, Roles.ADMIN})
    public Response get(@PathParam("id") UUID id) {
        Requirement requirement = requirements.get(id);
        return Response.ok(RequirementView.of(requirement)).tag(Etags.of(requirement.version)).build();
    }

    @POST
    @Path("{id}/submission")
    @RolesAllowed({Roles.SALES, Roles.SALES_MANAGER})
    public Response submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Requirement requirement = requirements.submit(id, ifMatch);
        return Response.ok(RequirementView.of(requirement)).tag(Etags.of(requirement.version)).build();
    }

    @Path("{id}/history")
    @RolesAllowed({Roles.SALES, Roles.SALES_MANAGER, Roles.GENERAL_MANAGER, Roles.AUDITOR, Roles.ADMIN})
    public AuditHistory history(@PathParam("id") UUID id) {
        requirements.get(id);
        return audit.of(Requirement.AGGREGATE, id);
    }
}
