package io.accord.complaint.rest;

import io.accord.infra.csv.CsvExport;
import io.accord.infra.openapi.CsvResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import io.accord.complaint.Complaint;
import io.accord.complaint.ComplaintCategory;
import io.accord.complaint.ComplaintSeverity;
import io.accord.complaint.ComplaintStatus;
import io.accord.complaint.CorrectiveAction;
import io.accord.complaint.service.ComplaintAnalyses;
import io.accord.complaint.service.ComplaintMetrics;
import io.accord.complaint.service.ComplaintService;
import io.accord.complaint.service.CorrectiveActionService;
import io.accord.complaint.events.ComplaintEventTypes;
import io.accord.infra.attachments.AttachmentOwner;
import io.accord.infra.attachments.Attachments;
import io.accord.infra.attachments.AttachmentsResource;
import io.accord.infra.audit.AuditHistory;
import io.accord.infra.analysis.TrendInterval;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** Complaints through their lifecycle, their corrective actions, and the metrics and analyses over them. */
@Path("/api/v1/complaints")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintResource {

    private final ComplaintService complaints;
    private final CorrectiveActionService actions;
    private final ComplaintMetrics metrics;
    private final ComplaintAnalyses analyses;
    private final AuditTrail audit;
    private final Attachments attachments;
    private final Clock clock;

    public ComplaintResource(ComplaintService complaints, CorrectiveActionService actions, ComplaintMetrics metrics,
            ComplaintAnalyses analyses, AuditTrail audit, Attachments attachments, Clock clock) {
        this.complaints = complaints;
        this.actions = actions;
        this.metrics = metrics;
        this.analyses = analyses;
        this.audit = audit;
        this.attachments = attachments;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.COMPLAINTS_WRITE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "leaking-seals", value = RequestExamples.COMPLAINT)))
    public Response receive(@Valid @NotNull ComplaintRequest body, UriInfo uri) {
        Complaint c = complaints.receive(body.toCommand());
        return Response.created(uri.getAbsolutePathBuilder().path(c.id.toString()).build()).tag(Etags.of(c.version))
                .entity(ComplaintView.of(c, OffsetDateTime.now(clock))).build();
    }

    @GET
    @PermissionsAllowed(Permissions.COMPLAINTS_READ)
    @Parameter(name = "sort", in = ParameterIn.QUERY, extensions = {
            @Extension(name = SortParameters.FIELDS, value = "receivedAt, severity, status, category, ackDueAt, resolutionDueAt"),
            @Extension(name = SortParameters.DEFAULT, value = "receivedAt,desc")})
    @Extension(name = CsvResponses.CSV, value = "true")
    public Page<ComplaintView> list(@QueryParam("status") ComplaintStatus status, @QueryParam("customerId") UUID customerId,
            @QueryParam("severity") ComplaintSeverity severity, @QueryParam("category") ComplaintCategory category,
            @QueryParam("slaBreached") Boolean slaBreached, @QueryParam("from") OffsetDateTime from,
            @QueryParam("to") OffsetDateTime to, @Valid @BeanParam PageParams page) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Page<Complaint> listed = complaints.list(new ComplaintService.Filter(status, customerId, severity, category, slaBreached,
                from, to), page);
        Map<UUID, CorrectiveActionService.OpenActions> open = actions.openActions(listed.items().stream().map(c -> c.id).toList());
        return listed.map(c -> ComplaintView.listed(c, open.get(c.id), now));
    }

    /** The list as CSV ({@code Accept: text/csv} or {@code ?format=csv}): every match, documented on {@link #list}. */
    @GET
    @Produces(CsvExport.PRODUCES)
    @Operation(hidden = true)
    @PermissionsAllowed(Permissions.COMPLAINTS_READ)
    public CsvExport<ComplaintView> export(@QueryParam("status") ComplaintStatus status, @QueryParam("customerId") UUID customerId,
            @QueryParam("severity") ComplaintSeverity severity, @QueryParam("category") ComplaintCategory category,
            @QueryParam("slaBreached") Boolean slaBreached, @QueryParam("from") OffsetDateTime from,
            @QueryParam("to") OffsetDateTime to, @Valid @BeanParam PageParams page) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return new CsvExport<>(ComplaintCsv.NAME, ComplaintCsv.COLUMNS, complaints.export(new ComplaintService.Filter(status,
                customerId, severity, category, slaBreached, from, to), page, batch -> {
                    Map<UUID, CorrectiveActionService.OpenActions> open = actions.openActions(batch.stream().map(c -> c.id).toList());
                    return batch.stream().map(c -> ComplaintView.listed(c, open.get(c.id), now)).toList();
                }));
    }

    @GET
    @Path("metrics")
    @PermissionsAllowed(Permissions.COMPLAINTS_READ)
    public ComplaintMetrics.Metrics metrics(@QueryParam("from") OffsetDateTime from, @QueryParam("to") OffsetDateTime to) {
        return metrics.of(from, to);
    }

    /** What complaints are about, most frequent first: by category, product code or root cause. */
    @GET
    @Path("pareto")
    @PermissionsAllowed(Permissions.COMPLAINTS_READ)
    public ComplaintAnalyses.Pareto pareto(@QueryParam("by") String by, @QueryParam("customerId") UUID customerId,
            @QueryParam("category") ComplaintCategory category, @QueryParam("severity") ComplaintSeverity severity,
            @QueryParam("from") OffsetDateTime from, @QueryParam("to") OffsetDateTime to) {
        return analyses.pareto(ComplaintAnalyses.By.parse(by), new ComplaintAnalyses.Filter(customerId, category, severity, from, to));
    }

    /** Complaints received, resolved and late per week, month (default) or quarter. */
    @GET
    @Path("trend")
    @PermissionsAllowed(Permissions.COMPLAINTS_READ)
    public ComplaintAnalyses.Trend trend(@QueryParam("interval") String interval, @QueryParam("customerId") UUID customerId,
            @QueryParam("category") ComplaintCategory category, @QueryParam("severity") ComplaintSeverity severity,
            @QueryParam("from") OffsetDateTime from, @QueryParam("to") OffsetDateTime to) {
        return analyses.trend(TrendInterval.parse(interval), new ComplaintAnalyses.Filter(customerId, category, severity, from, to));
    }

    @GET
    @Path("{id}")
    @PermissionsAllowed(Permissions.COMPLAINTS_READ)
    public Response get(@PathParam("id") UUID id) {
        Complaint c = complaints.get(id);
        return Response.ok(ComplaintView.with(c, actions.of(id), OffsetDateTime.now(clock))).tag(Etags.of(c.version)).build();
    }

    @POST
    @Path("{id}/acknowledgement")
    @PermissionsAllowed(Permissions.COMPLAINTS_HANDLE)
    public Response acknowledge(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(complaints.acknowledge(id, ifMatch));
    }

    @POST
    @Path("{id}/investigation")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.COMPLAINTS_INVESTIGATE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "root-cause-found", value = RequestExamples.INVESTIGATION)))
    public Response investigate(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull InvestigationRequest body) {
        return answer(complaints.investigate(id, ifMatch, body.rootCause(), body.containment()));
    }

    @POST
    @Path("{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.COMPLAINTS_RESOLVE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "repaired", value = RequestExamples.RESOLUTION)))
    public Response resolve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ComplaintResolutionRequest body) {
        return answer(complaints.resolve(id, ifMatch, body.summary(), body.remedy()));
    }

    @POST
    @Path("{id}/customer-confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.COMPLAINTS_HANDLE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "accepted", value = RequestExamples.CUSTOMER_CONFIRMATION)))
    public Response confirm(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CustomerConfirmationRequest body) {
        return answer(complaints.customerConfirms(id, ifMatch, body.accepted(), body.comment()));
    }

    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.COMPLAINTS_HANDLE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "customer-withdrew", value = RequestExamples.WITHDRAWAL)))
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull WithdrawalRequest body) {
        return answer(complaints.withdraw(id, ifMatch, body.reason()));
    }

    @POST
    @Path("{id}/corrective-actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.ACTIONS_OPEN)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "inspection-added", value = RequestExamples.CORRECTIVE_ACTION)))
    public Response openCorrectiveAction(@PathParam("id") UUID id, @Valid @NotNull CorrectiveActionRequest body, UriInfo uri) {
        CorrectiveAction action = actions.open(id, body.toCommand());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/corrective-actions").path(action.id.toString()).build())
                .tag(Etags.of(action.version)).entity(CorrectiveActionView.of(action, LocalDate.now(clock))).build();
    }

    /** Photos, the customer's letter, 8D reports: whoever may work on the complaint attaches, its readers read them. */
    @Path("{id}/attachments")
    @PermissionsAllowed(Permissions.COMPLAINTS_READ)
    public AttachmentsResource attachments(@PathParam("id") UUID id) {
        return attachments.of(() -> AttachmentOwner.of(Complaint.AGGREGATE, id, complaints.get(id).status, null,
                ComplaintEventTypes.ATTACHMENT_ADDED), Permissions.COMPLAINTS_WRITE, Permissions.COMPLAINTS_HANDLE,
                Permissions.COMPLAINTS_INVESTIGATE, Permissions.COMPLAINTS_RESOLVE);
    }

    @Path("{id}/history")
    @PermissionsAllowed(Permissions.COMPLAINTS_HISTORY)
    public AuditHistory history(@PathParam("id") UUID id) {
        complaints.get(id);
        return audit.of(Complaint.AGGREGATE, id);
    }

    private Response answer(Complaint c) {
        return Response.ok(ComplaintView.of(c, OffsetDateTime.now(clock))).tag(Etags.of(c.version)).build();
    }
}
