package io.accord.review.rest;

import io.accord.infra.audit.AuditHistory;
import io.accord.infra.audit.AuditTrail;
import io.accord.infra.openapi.SortParameters;
import io.accord.infra.security.Permissions;
import io.accord.infra.web.Etags;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import io.accord.review.DepartmentEntry;
import io.accord.review.DepartmentKind;
import io.accord.review.service.DepartmentDirectory;
import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * The department directory (PROCESS.md §3): the departments the review policy may route to, their names, who signs
 * for each, mailbox and manager. Staff read it; administrators keep it. There is no DELETE: reviews name departments
 * for good, so one no longer in use is deactivated ({@code "active": false}), which the directory refuses (409) while
 * the routing still sends reviews to it.
 */
@Path("/api/v1/departments")
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentResource {

    private final DepartmentDirectory directory;
    private final AuditTrail audit;

    public DepartmentResource(DepartmentDirectory directory, AuditTrail audit) {
        this.directory = directory;
        this.audit = audit;
    }

    @GET
    @PermissionsAllowed(Permissions.DEPARTMENTS_READ)
    @Parameter(name = "sort", in = ParameterIn.QUERY, extensions = {
            @Extension(name = SortParameters.FIELDS, value = "code, kind, updatedAt"),
            @Extension(name = SortParameters.DEFAULT, value = "code,asc")})
    public Page<DepartmentView> list(@QueryParam("kind") DepartmentKind kind, @QueryParam("active") Boolean active,
            @Valid @BeanParam PageParams page) {
        return directory.list(kind, active, page).map(DepartmentView::of);
    }

    @GET
    @Path("{code}")
    @PermissionsAllowed(Permissions.DEPARTMENTS_READ)
    public Response get(@PathParam("code") String code) {
        return withTag(directory.get(code), Response.Status.OK);
    }

    /** Creates the department (201) or replaces its entry (200; {@code If-Match} guards against a concurrent change). */
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.DEPARTMENTS_WRITE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "project-department", value = RequestExamples.DEPARTMENT)))
    public Response put(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DepartmentRequest body) {
        DepartmentDirectory.Put put = directory.put(body.toCommand(code), ifMatch);
        return withTag(put.entry(), put.created() ? Response.Status.CREATED : Response.Status.OK);
    }

    @Path("{code}/history")
    @PermissionsAllowed(Permissions.DEPARTMENTS_HISTORY)
    public AuditHistory history(@PathParam("code") String code) {
        return audit.of(DepartmentEntry.AGGREGATE, directory.get(code).id);
    }

    private static Response withTag(DepartmentEntry entry, Response.Status status) {
        return Response.status(status).entity(DepartmentView.of(entry)).tag(Etags.of(entry.version)).build();
    }
}
