package io.accord.complaint.rest;

import io.accord.infra.csv.CsvExport;
import io.accord.infra.openapi.CsvResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import io.accord.complaint.CorrectiveAction;
import io.accord.complaint.service.CorrectiveActionService;
import io.accord.complaint.service.CorrectiveActionSummary;
import io.accord.complaint.events.ComplaintEventTypes;
import io.accord.infra.attachments.AttachmentOwner;
import io.accord.infra.attachments.Attachments;
import io.accord.infra.attachments.AttachmentsResource;
import io.accord.infra.audit.AuditHistory;
import io.accord.infra.audit.AuditTrail;
import io.accord.infra.openapi.SortParameters;
import io.accord.infra.security.Permissions;
import io.accord.infra.web.PeriodParams;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    private final CorrectiveActionSummary summary;
    private final AuditTrail audit;
    private final Attachments attachments;
    private final Clock clock;

    public CorrectiveActionResource(CorrectiveActionService actions, CorrectiveActionSummary summary, AuditTrail audit,
            Attachments attachments, Clock clock) {
        this.actions = actions;
        this.summary = summary;
        this.audit = audit;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** The corrective-action section of the management review (the gateway's {@code GET /api/v1/management-review}). */
    @GET
    @Path("summary")
    @PermissionsAllowed(Permissions.MANAGEMENT_REVIEW_READ)
    @Operation(summary = "Corrective actions of a period", description = "Actions opened in the period, open and overdue "
            + "today, and the effectiveness rate of those verified in the period (found effective ÷ verified). "
            + "Computed by the database.")
    public CorrectiveActionSummary.Summary summary(@BeanParam PeriodParams period) {
        return summary.of(period.period(clock));
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
    @Extension(name = CsvResponses.CSV, value = "true")
    public Page<CorrectiveActionView> list(@QueryParam("status") CorrectiveAction.Status status,
            @QueryParam("overdue") Boolean overdue, @QueryParam("owner") String owner, @QueryParam("complaintId") UUID complaintId,
            @Valid @BeanParam PageParams page) {
        LocalDate today = LocalDate.now(clock);
        return actions.list(new CorrectiveActionService.Filter(status, overdue, owner, complaintId), page)
                .map(a -> CorrectiveActionView.of(a, today));
    }

    /** The list as CSV ({@code Accept: text/csv} or {@code ?format=csv}): every match, documented on {@link #list}. */
    @GET
    @Produces(CsvExport.PRODUCES)
    @Operation(hidden = true)
    @PermissionsAllowed(Permissions.ACTIONS_READ)
    public CsvExport<CorrectiveActionView> export(@QueryParam("status") CorrectiveAction.Status status,
            @QueryParam("overdue") Boolean overdue, @QueryParam("owner") String owner, @QueryParam("complaintId") UUID complaintId,
            @Valid @BeanParam PageParams page) {
        LocalDate today = LocalDate.now(clock);
        return new CsvExport<>(CorrectiveActionCsv.NAME, CorrectiveActionCsv.COLUMNS, actions.export(
                new CorrectiveActionService.Filter(status, overdue, owner, complaintId), page, a -> CorrectiveActionView.of(a, today)));
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
