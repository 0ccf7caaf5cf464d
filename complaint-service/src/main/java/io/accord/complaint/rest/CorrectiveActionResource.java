package io.accord.complaint.rest;

import io.accord.complaint.CorrectiveAction;
import io.accord.complaint.service.CorrectiveActionService;
import io.accord.complaint.events.ComplaintEventTypes;
import io.accord.infra.attachments.AttachmentOwner;
import io.accord.infra.attachments.Attachments;
import io.accord.infra.attachments.AttachmentsResource;
import io.accord.infra.audit.AuditHistory;
import io.accord.infra.audit.AuditTrail;
import io.accord.infra.openapi.SortParameters;
import io.accord.infra.security.Permissions;
import io.accord.infra.web.Etags;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import io.quarkus.security.PermissionsAllowed;
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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Corrective actions: listed across complaints; each implemented by its owner, then checked for effectiveness. */
@Path("/api/v1/corrective-actions")
@Produces(MediaType.APPLICATION_JSON)
public class CorrectiveActionResource {

    private final CorrectiveActionService actions;
    private final AuditTrail audit;
    private final Attachments attachments;
    private final Clock clock;

    public CorrectiveActionResource(CorrectiveActionService actions, AuditTrail audit, Attachments attachments, Clock clock) {
        this.actions = actions;
        this.audit = audit;
        this.attachments = attachments;
        this.clock = clock;
    }

    /**
     * Corrective actions across complaints (a closed complaint's too): by status, owner or complaint, and overdue ones
     * (still to be implemented after their due date), the most urgent first.
     */
    @GET
    @PermissionsAllowed(Permissions.ACTIONS_READ)
    @Parameter(name = "sort", in = ParameterIn.QUERY, extensions = {
            @Extension(name = SortParameters.FIELDS, value = "dueDate, openedAt, status, owner"),
            @Extension(name = SortParameters.DEFAULT, value = "dueDate,asc")})
    public Page<CorrectiveActionView> list(@QueryParam("status") CorrectiveAction.Status status,
            @QueryParam("overdue") Boolean overdue, @QueryParam("owner") String owner, @QueryParam("complaintId") UUID complaintId,
            @Valid @BeanParam PageParams page) {
        LocalDate today = LocalDate.now(clock);
        return actions.list(new CorrectiveActionService.Filter(status, overdue, owner, complaintId), page)
                .map(a -> CorrectiveActionView.of(a, today));
    }

    @GET
    @Path("{id}")
    @PermissionsAllowed(Permissions.ACTIONS_READ)
    public Response get(@PathParam("id") UUID id) {
        return answer(actions.get(id));
    }

    @POST
    @Path("{id}/implementation")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.ACTIONS_IMPLEMENT)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "done", value = RequestExamples.IMPLEMENTATION)))
    public Response implement(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ImplementationRequest body) {
        return answer(actions.implement(id, ifMatch, body.note()));
    }

    /** The effectiveness check is the quality department's. */
    @POST
    @Path("{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.ACTIONS_VERIFY)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "effective", value = RequestExamples.ACTION_VERIFICATION)))
    public Response verify(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionVerificationRequest body) {
        return answer(actions.verify(id, ifMatch, body.effective(), body.note()));
    }

    /** Evidence of implementation and effectiveness: whoever may move the action attaches, its readers read them. */
    @Path("{id}/attachments")
    @PermissionsAllowed(Permissions.ACTIONS_READ)
    public AttachmentsResource attachments(@PathParam("id") UUID id) {
        return attachments.of(() -> AttachmentOwner.of(CorrectiveAction.AGGREGATE, id, actions.get(id).status, null,
                ComplaintEventTypes.ACTION_ATTACHMENT_ADDED), Permissions.ACTIONS_OPEN, Permissions.ACTIONS_IMPLEMENT,
                Permissions.ACTIONS_VERIFY);
    }

    @Path("{id}/history")
    @PermissionsAllowed(Permissions.ACTIONS_HISTORY)
    public AuditHistory history(@PathParam("id") UUID id) {
        actions.get(id);
        return audit.of(CorrectiveAction.AGGREGATE, id);
    }

    private Response answer(CorrectiveAction a) {
        return Response.ok(CorrectiveActionView.of(a, LocalDate.now(clock))).tag(Etags.of(a.version)).build();
    }
}
