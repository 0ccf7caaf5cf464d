package io.accord.feedback.rest;

import io.accord.infra.csv.CsvExport;
import io.accord.infra.openapi.CsvResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import io.accord.feedback.Feedback;
import io.accord.feedback.FeedbackCategory;
import io.accord.feedback.FeedbackChannel;
import io.accord.feedback.service.FeedbackService;
import io.accord.infra.audit.AuditHistory;
import io.accord.infra.audit.AuditTrail;
import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.i18n.Text;
import io.accord.infra.openapi.SortParameters;
import io.accord.infra.security.Permissions;
import io.accord.infra.web.Etags;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Customer feedback from every channel: recorded, listed with filters, and analysed by category (Pareto). */
@Path("/api/v1/feedback")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

    private final FeedbackService feedback;
    private final AuditTrail audit;

    public FeedbackResource(FeedbackService feedback, AuditTrail audit) {
        this.feedback = feedback;
        this.audit = audit;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.FEEDBACK_WRITE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "late-delivery", value = RequestExamples.FEEDBACK)))
    public Response record(@Valid @NotNull FeedbackRequest body, UriInfo uri) {
        if (body.rating() == null && (body.text() == null || body.text().isBlank())) {
            throw new InvalidFieldException("text", Text.of("feedback.text-or-rating"));
        }
        Feedback recorded = feedback.record(body.toCommand());
        return Response.created(uri.getAbsolutePathBuilder().path(recorded.id.toString()).build())
                .tag(Etags.of(recorded.version)).entity(FeedbackView.of(recorded)).build();
    }

    @GET
    @PermissionsAllowed(Permissions.FEEDBACK_READ)
    @Parameter(name = "sort", in = ParameterIn.QUERY, extensions = {
            @Extension(name = SortParameters.FIELDS, value = "receivedAt, recordedAt, category, channel"),
            @Extension(name = SortParameters.DEFAULT, value = "receivedAt,desc")})
    @Extension(name = CsvResponses.CSV, value = "true")
    public Page<FeedbackView> list(@QueryParam("customerId") UUID customerId, @QueryParam("category") FeedbackCategory category,
            @QueryParam("channel") FeedbackChannel channel, @QueryParam("maxRating") @Min(1) @Max(5) Integer maxRating,
            @QueryParam("from") OffsetDateTime from, @QueryParam("to") OffsetDateTime to, @Valid @BeanParam PageParams page) {
        return feedback.list(new FeedbackService.Filter(customerId, category, channel, maxRating, from, to), page)
                .map(FeedbackView::of);
    }

    /** The list as CSV ({@code Accept: text/csv} or {@code ?format=csv}): every match, documented on {@link #list}. */
    @GET
    @Produces(CsvExport.PRODUCES)
    @Operation(hidden = true)
    @PermissionsAllowed(Permissions.FEEDBACK_READ)
    public CsvExport<FeedbackView> export(@QueryParam("customerId") UUID customerId, @QueryParam("category") FeedbackCategory category,
            @QueryParam("channel") FeedbackChannel channel, @QueryParam("maxRating") @Min(1) @Max(5) Integer maxRating,
            @QueryParam("from") OffsetDateTime from, @QueryParam("to") OffsetDateTime to, @Valid @BeanParam PageParams page) {
        return new CsvExport<>(FeedbackCsv.NAME, FeedbackCsv.COLUMNS,
                feedback.export(new FeedbackService.Filter(customerId, category, channel, maxRating, from, to), page, FeedbackView::of));
    }

    @GET
    @Path("pareto")
    @PermissionsAllowed(Permissions.FEEDBACK_READ)
    public FeedbackService.Pareto pareto(@QueryParam("customerId") UUID customerId, @QueryParam("channel") FeedbackChannel channel,
            @QueryParam("from") OffsetDateTime from, @QueryParam("to") OffsetDateTime to) {
        return feedback.pareto(new FeedbackService.Filter(customerId, null, channel, null, from, to));
    }

    @GET
    @Path("{id}")
    @PermissionsAllowed(Permissions.FEEDBACK_READ)
    public Response get(@PathParam("id") UUID id) {
        Feedback found = feedback.get(id);
        return Response.ok(FeedbackView.of(found)).tag(Etags.of(found.version)).build();
    }

    @Path("{id}/history")
    @PermissionsAllowed(Permissions.FEEDBACK_HISTORY)
    public AuditHistory history(@PathParam("id") UUID id) {
        feedback.get(id);
        return audit.of(Feedback.AGGREGATE, id);
    }
}
