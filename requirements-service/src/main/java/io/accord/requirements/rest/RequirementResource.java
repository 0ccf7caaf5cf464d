package io.accord.requirements.rest;

import io.accord.infra.attachments.AttachmentOwner;
import io.accord.infra.attachments.Attachments;
import io.accord.infra.attachments.AttachmentsResource;
import io.accord.infra.audit.AuditHistory;
import io.accord.infra.audit.AuditTrail;
import io.accord.infra.csv.CsvExport;
import io.accord.infra.openapi.CsvResponses;
import io.accord.infra.openapi.SortParameters;
import io.accord.infra.security.Permissions;
import io.accord.infra.web.Etags;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import io.accord.requirements.Requirement;
import io.accord.requirements.events.RequirementEventTypes;
import io.accord.requirements.RequirementSource;
import io.accord.requirements.RequirementStatus;
import io.accord.requirements.service.ContentDiff;
import io.accord.requirements.service.RequirementService;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/requirements")
@Produces(MediaType.APPLICATION_JSON)
public class RequirementResource {

    private final RequirementService requirements;
    private final AuditTrail audit;
    private final Attachments attachments;

    public RequirementResource(RequirementService requirements, AuditTrail audit, Attachments attachments) {
        this.requirements = requirements;
        this.audit = audit;
        this.attachments = attachments;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.REQUIREMENTS_WRITE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "contract-draft", value = RequestExamples.CAPTURE)))
    public Response capture(@Valid @NotNull CaptureRequest body, UriInfo uri) {
        Requirement requirement = requirements.capture(body.toCommand());
        return Response.created(uri.getAbsolutePathBuilder().path(requirement.id.toString()).build())
                .tag(Etags.of(requirement.version)).entity(RequirementView.of(requirement)).build();
    }

    @GET
    @PermissionsAllowed(Permissions.REQUIREMENTS_READ)
    @Parameter(name = "sort", in = ParameterIn.QUERY, extensions = {
            @Extension(name = SortParameters.FIELDS, value = "createdAt, updatedAt, status, source, revision"),
            @Extension(name = SortParameters.DEFAULT, value = "createdAt,desc")})
    @Extension(name = CsvResponses.CSV, value = "true")
    public Page<RequirementView> list(@QueryParam("status") RequirementStatus status,
            @QueryParam("customerId") UUID customerId, @QueryParam("source") RequirementSource source,
            @QueryParam("from") OffsetDateTime from, @QueryParam("to") OffsetDateTime to, @Valid @BeanParam PageParams page) {
        return requirements.list(status, customerId, source, from, to, page).map(RequirementView::of);
    }

    /** The list as CSV ({@code Accept: text/csv} or {@code ?format=csv}): every match, documented on {@link #list}. */
    @GET
    @Produces(CsvExport.PRODUCES)
    @Operation(hidden = true)
    @PermissionsAllowed(Permissions.REQUIREMENTS_READ)
    public CsvExport<RequirementView> export(@QueryParam("status") RequirementStatus status,
            @QueryParam("customerId") UUID customerId, @QueryParam("source") RequirementSource source,
            @QueryParam("from") OffsetDateTime from, @QueryParam("to") OffsetDateTime to, @Valid @BeanParam PageParams page) {
        return new CsvExport<>(RequirementCsv.NAME, RequirementCsv.COLUMNS,
                requirements.export(status, customerId, source, from, to, page, RequirementView::of));
    }

    @GET
    @Path("{id}")
    @PermissionsAllowed(Permissions.REQUIREMENTS_READ)
    public Response get(@PathParam("id") UUID id) {
        Requirement requirement = requirements.get(id);
        return Response.ok(RequirementView.of(requirement)).tag(Etags.of(requirement.version)).build();
    }

    @POST
    @Path("{id}/submission")
    // no body, of any Content-Type, is the usual first submission (SubmissionBodyReader); a body is JSON
    @Consumes(MediaType.WILDCARD)
    @PermissionsAllowed(Permissions.REQUIREMENTS_WRITE)
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "after-clarification", value = RequestExamples.CLARIFICATION)))
    public Response submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid SubmissionRequest body) {
        // no body (the first submission, as always) or {"clarification": …} when the review asked for one
        return withTag(body == null ? requirements.submit(id, ifMatch) : requirements.submit(id, body.toCommand(), ifMatch));
    }

    static Response withTag(Requirement requirement) {
        return Response.ok(RequirementView.of(requirement)).tag(Etags.of(requirement.version)).build();
    }

    @POST
    @Path("{id}/confirmations")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.REQUIREMENTS_WRITE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "signed-copy", value = RequestExamples.CONFIRMATION)))
    public Response confirm(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ConfirmationRequest body) {
        return withTag(requirements.confirm(id, body.toCommand(), ifMatch));
    }

    @POST
    @Path("{id}/discrepancies/{key}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.REQUIREMENTS_WRITE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "agreed-with-customer", value = RequestExamples.RESOLUTION)))
    public Response resolveDiscrepancy(@PathParam("id") UUID id, @PathParam("key") String key,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ResolutionRequest body) {
        return withTag(requirements.resolveDiscrepancy(id, key, body.toCommand(), ifMatch));
    }

    @POST
    @Path("{id}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.REQUIREMENTS_WRITE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "more-pumps-later", value = RequestExamples.AMENDMENT)))
    public Response amend(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AmendmentRequest body) {
        return withTag(requirements.amend(id, body.toCommand(), ifMatch));
    }

    @POST
    @Path("{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.REQUIREMENTS_WRITE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "project-cancelled", value = RequestExamples.CANCELLATION)))
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CancellationRequest body) {
        return withTag(requirements.cancel(id, body.toCommand(), ifMatch));
    }

    @POST
    @Path("{id}/deliveries")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.REQUIREMENTS_WRITE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "shipped", value = RequestExamples.DELIVERY)))
    public Response deliver(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DeliveryRequest body) {
        return withTag(requirements.deliver(id, body.toCommand(), ifMatch));
    }

    @POST
    @Path("{id}/deliveries/{n}/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.REQUIREMENTS_WRITE)
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "accepted", value = RequestExamples.ACCEPTANCE),
            @ExampleObject(name = "rejected", value = RequestExamples.REJECTION)}))
    public Response recordAcceptance(@PathParam("id") UUID id, @PathParam("n") int n,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull AcceptanceRequest body) {
        return withTag(requirements.recordAcceptance(id, n, body.toCommand(), ifMatch));
    }

    @GET
    @Path("{id}/revisions")
    @PermissionsAllowed(Permissions.REQUIREMENTS_READ)
    public List<RevisionView> revisions(@PathParam("id") UUID id) {
        return requirements.revisions(id).stream().map(RevisionView::of).toList();
    }

    @GET
    @Path("{id}/revisions/{n}")
    @PermissionsAllowed(Permissions.REQUIREMENTS_READ)
    public RevisionView revision(@PathParam("id") UUID id, @PathParam("n") int n) {
        return RevisionView.of(requirements.revision(id, n));
    }

    @GET
    @Path("{id}/revisions/{n}/diff")
    @PermissionsAllowed(Permissions.REQUIREMENTS_READ)
    public List<ContentDiff.FieldChange> diff(@PathParam("id") UUID id, @PathParam("n") int n) {
        return requirements.diff(id, n);
    }

    /** Contracts, drawings, specifications: who may change the requirement attaches, who may read it reads them. */
    @Path("{id}/attachments")
    @PermissionsAllowed(Permissions.REQUIREMENTS_READ)
    public AttachmentsResource attachments(@PathParam("id") UUID id) {
        return attachments.of(() -> {
            Requirement requirement = requirements.get(id);
            return AttachmentOwner.of(Requirement.AGGREGATE, id, requirement.status, requirement.revision,
                    RequirementEventTypes.REQUIREMENT_ATTACHMENT_ADDED);
        }, Permissions.REQUIREMENTS_WRITE);
    }

    @Path("{id}/history")
    @PermissionsAllowed(Permissions.REQUIREMENTS_HISTORY)
    public AuditHistory history(@PathParam("id") UUID id) {
        requirements.get(id);
        return audit.of(Requirement.AGGREGATE, id);
    }
}
