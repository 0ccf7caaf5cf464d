package io.accord.requirements.rest;

import io.accord.infra.csv.CsvExport;
import io.accord.infra.openapi.CsvResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import io.accord.infra.attachments.AttachmentOwner;
import io.accord.infra.attachments.Attachments;
import io.accord.infra.attachments.AttachmentsResource;
import io.accord.infra.audit.AuditHistory;
import io.accord.infra.audit.AuditTrail;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.infra.openapi.SortParameters;
import io.accord.infra.security.Permissions;
import io.accord.infra.web.PeriodParams;
import io.accord.infra.web.Etags;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import io.accord.requirements.CustomerProperty;
import io.accord.requirements.events.RequirementEventTypes;
import io.accord.requirements.service.CustomerPropertyService;
import io.accord.requirements.service.PropertyIncidentSummary;
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

import java.time.Clock;
import java.util.UUID;

/** The customer-property register: received, verified, incidents (the customer is told), returned. */
@Path("/api/v1/customer-property")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerPropertyResource {

    private final CustomerPropertyService properties;
    private final PropertyIncidentSummary incidents;
    private final AuditTrail audit;
    private final Clock clock;
    private final Attachments attachments;

    public CustomerPropertyResource(CustomerPropertyService properties, PropertyIncidentSummary incidents, AuditTrail audit,
            Attachments attachments, Clock clock) {
        this.properties = properties;
        this.incidents = incidents;
        this.audit = audit;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** The customer-property section of the management review (the gateway's {@code GET /api/v1/management-review}). */
    @GET
    @Path("incidents/summary")
    @PermissionsAllowed(Permissions.MANAGEMENT_REVIEW_READ)
    @Operation(summary = "Customer-property incidents of a period", description = "Incidents reported in the period by "
            + "property kind and incident type, and how many the customer was notified of. Computed by the database.")
    public PropertyIncidentSummary.Summary incidentSummary(@BeanParam PeriodParams period) {
        return incidents.of(period.period(clock));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.PROPERTY_WRITE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "tooling", value = RequestExamples.PROPERTY)))
    public Response register(@Valid @NotNull PropertyRegistrationRequest body, UriInfo uri) {
        CustomerProperty property = properties.register(body.toCommand());
        return Response.created(uri.getAbsolutePathBuilder().path(property.id.toString()).build())
                .tag(Etags.of(property.version)).entity(PropertyView.of(property)).build();
    }

    @GET
    @PermissionsAllowed(Permissions.PROPERTY_READ)
    @Parameter(name = "sort", in = ParameterIn.QUERY, extensions = {
            @Extension(name = SortParameters.FIELDS, value = "receivedAt, status, kind"),
            @Extension(name = SortParameters.DEFAULT, value = "receivedAt,desc")})
    @Extension(name = CsvResponses.CSV, value = "true")
    public Page<PropertyView> list(@QueryParam("customerId") UUID customerId, @QueryParam("requirementId") UUID requirementId,
            @QueryParam("status") CustomerProperty.Status status, @Valid @BeanParam PageParams page) {
        return properties.list(customerId, requirementId, status, page).map(PropertyView::of);
    }

    /** The register as CSV ({@code Accept: text/csv} or {@code ?format=csv}): every match, documented on {@link #list}. */
    @GET
    @Produces(CsvExport.PRODUCES)
    @Operation(hidden = true)
    @PermissionsAllowed(Permissions.PROPERTY_READ)
    public CsvExport<PropertyView> export(@QueryParam("customerId") UUID customerId, @QueryParam("requirementId") UUID requirementId,
            @QueryParam("status") CustomerProperty.Status status, @Valid @BeanParam PageParams page) {
        return new CsvExport<>(PropertyCsv.NAME, PropertyCsv.COLUMNS,
                properties.export(customerId, requirementId, status, page, PropertyView::of));
    }

    @GET
    @Path("{id}")
    @PermissionsAllowed(Permissions.PROPERTY_READ)
    public Response get(@PathParam("id") UUID id) {
        return withTag(properties.get(id));
    }

    @POST
    @Path("{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.PROPERTY_VERIFY)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "conforming", value = RequestExamples.VERIFICATION)))
    public Response verify(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull VerificationRequest body) {
        return withTag(properties.verify(id, body.toCommand(), ifMatch));
    }

    @POST
    @Path("{id}/incidents")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.PROPERTY_WRITE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "damaged", value = RequestExamples.INCIDENT)))
    public Response reportIncident(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull IncidentRequest body) {
        return withTag(properties.reportIncident(id, body.toCommand(), ifMatch));
    }

    @POST
    @Path("{id}/incidents/{seq}/customer-notification")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.PROPERTY_NOTIFY)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "by-email", value = RequestExamples.NOTICE)))
    public Response customerNotified(@PathParam("id") UUID id, @PathParam("seq") int seq,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull NoticeRequest body) {
        return withTag(properties.customerNotified(id, seq, body.toCommand(), ifMatch));
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.PROPERTY_RETURN)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "returned", value = RequestExamples.RETURN)))
    public Response giveBack(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReturnRequest body) {
        return withTag(properties.giveBack(id, body.toCommand(), ifMatch));
    }

    /** Photos and reports of an incident: who may report incidents attaches, who may read the property reads them. */
    @Path("{id}/incidents/{seq}/attachments")
    @PermissionsAllowed(Permissions.PROPERTY_READ)
    public AttachmentsResource incidentAttachments(@PathParam("id") UUID id, @PathParam("seq") int seq) {
        return attachments.of(() -> {
            CustomerProperty property = properties.get(id);
            if (property.incidents.stream().noneMatch(i -> i.seq() == seq)) {
                throw new ResourceNotFoundException("incident", seq);
            }
            return AttachmentOwner.of(CustomerProperty.AGGREGATE, id, property.status, null,
                    RequirementEventTypes.PROPERTY_ATTACHMENT_ADDED).part(seq);
        }, Permissions.PROPERTY_WRITE);
    }

    @Path("{id}/history")
    @PermissionsAllowed(Permissions.PROPERTY_HISTORY)
    public AuditHistory history(@PathParam("id") UUID id) {
        properties.get(id);
        return audit.of(CustomerProperty.AGGREGATE, id);
    }

    private static Response withTag(CustomerProperty property) {
        return Response.ok(PropertyView.of(property)).tag(Etags.of(property.version)).build();
    }
}
