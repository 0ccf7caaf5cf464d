package io.accord.review.rest;

import io.accord.infra.csv.CsvExport;
import io.accord.infra.openapi.CsvResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import io.accord.infra.audit.AuditHistory;
import io.accord.infra.audit.AuditTrail;
import io.accord.infra.errors.ForbiddenActionException;
import io.accord.infra.i18n.Locales;
import io.accord.infra.i18n.Text;
import io.accord.infra.openapi.SortParameters;
import io.accord.infra.security.Permissions;
import io.accord.infra.web.Etags;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import io.accord.review.Department;
import io.accord.review.DepartmentEntry;
import io.accord.review.Review;
import io.accord.review.ReviewStatus;
import io.accord.review.service.DepartmentDirectory;
import io.accord.review.service.ReviewRecords;
import io.accord.review.service.ReviewService;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.util.Locale;
import java.util.UUID;

@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    static final String PDF = "application/pdf";
    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    /** The record page's only resource is its inline style. */
    static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";

    private final ReviewService reviews;
    private final AuditTrail audit;
    private final SecurityIdentity identity;
    private final ReviewRecords records;
    private final DepartmentDirectory departments;
    private final ReviewRecordPdf pdfs;

    public ReviewResource(ReviewService reviews, AuditTrail audit, SecurityIdentity identity, ReviewRecords records,
            DepartmentDirectory departments, ReviewRecordPdf pdfs) {
        this.reviews = reviews;
        this.audit = audit;
        this.identity = identity;
        this.records = records;
        this.departments = departments;
        this.pdfs = pdfs;
    }

    @GET
    @PermissionsAllowed(Permissions.REVIEWS_READ)
    @Parameter(name = "sort", in = ParameterIn.QUERY, extensions = {
            @Extension(name = SortParameters.FIELDS, value = "openedAt, updatedAt, status, type"),
            @Extension(name = SortParameters.DEFAULT, value = "openedAt,desc")})
    @Extension(name = CsvResponses.CSV, value = "true")
    public Page<ReviewView> list(@QueryParam("requirementId") UUID requirementId, @QueryParam("customerId") UUID customerId,
            @QueryParam("status") ReviewStatus status,
            @QueryParam("department") Department department, @QueryParam("overdue") Boolean overdue,
            @QueryParam("assignee") String assignee, @Valid @BeanParam PageParams page) {
        return reviews.list(requirementId, customerId, status, department, overdue, assignee, page).map(ReviewView::of);
    }

    /** The list as CSV ({@code Accept: text/csv} or {@code ?format=csv}): every match, documented on {@link #list}. */
    @GET
    @Produces(CsvExport.PRODUCES)
    @Operation(hidden = true)
    @PermissionsAllowed(Permissions.REVIEWS_READ)
    public CsvExport<ReviewView> export(@QueryParam("requirementId") UUID requirementId, @QueryParam("customerId") UUID customerId,
            @QueryParam("status") ReviewStatus status,
            @QueryParam("department") Department department, @QueryParam("overdue") Boolean overdue,
            @QueryParam("assignee") String assignee, @Valid @BeanParam PageParams page) {
        return new CsvExport<>(ReviewCsv.NAME, ReviewCsv.COLUMNS,
                reviews.export(requirementId, customerId, status, department, overdue, assignee, page, ReviewView::of));
    }

    @GET
    @Path("{id}")
    @PermissionsAllowed(Permissions.REVIEWS_READ)
    public Response get(@PathParam("id") UUID id) {
        return withTag(reviews.get(id));
    }

    /**
     * A reviewer signs for their own department only (PROCESS.md §5): the caller must hold the role the directory
     * names as the department's signing role.
     */
    @POST
    @Path("{id}/opinions")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.REVIEWS_OPINION)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "approve-with-conditions", value = RequestExamples.OPINION)))
    public Response recordOpinion(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OpinionRequest body) {
        String signingRole = departments.requireKnown(body.department(), "department").signingRole;
        if (!identity.hasRole(signingRole)) {
            throw new ForbiddenActionException(Text.of("review.opinion.not-signer", signingRole, body.department()));
        }
        return withTag(reviews.recordOpinion(id, body.toCommand(), ifMatch));
    }

    /**
     * Hands a department's open task to one of its people (PROCESS.md §3): the caller holds the department's signing role
     * or is its manager in the directory. The delegate is mailed; the history records who delegated it to whom and why.
     */
    @POST
    @Path("{id}/tasks/{department}/delegation")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.REVIEWS_DELEGATE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "to-a-colleague", value = RequestExamples.DELEGATION)))
    public Response delegate(@PathParam("id") UUID id, @PathParam("department") Department department,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull DelegationRequest body) {
        DepartmentEntry entry = departments.get(department.code());
        boolean manages = entry.manager != null && entry.manager.equals(identity.getPrincipal().getName());
        if (!identity.hasRole(entry.signingRole) && !manages) {
            throw new ForbiddenActionException(Text.of("review.delegation.not-allowed", entry.signingRole, department));
        }
        return withTag(reviews.delegate(id, department, body.toCommand(), ifMatch));
    }

    /**
     * A review held as a meeting (评审会): the sales manager, who organises the review and consolidates it, records the
     * meeting and the opinions the attending departments gave there.
     */
    @POST
    @Path("{id}/meeting")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.REVIEWS_CONSOLIDATE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "review-meeting", value = RequestExamples.MEETING)))
    public Response recordMeeting(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MeetingRequest body) {
        return withTag(reviews.recordMeeting(id, body.toCommand(), ifMatch));
    }

    @POST
    @Path("{id}/consolidation")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.REVIEWS_CONSOLIDATE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "terms-checked", value = RequestExamples.CONSOLIDATION)))
    public Response consolidate(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ConsolidationRequest body) {
        return withTag(reviews.consolidate(id, body.toCommand(), ifMatch));
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.REVIEWS_DECIDE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "approved", value = RequestExamples.DECISION)))
    public Response decide(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DecisionRequest body) {
        return withTag(reviews.decide(id, body.toCommand(), ifMatch));
    }

    @POST
    @Path("{id}/risks")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.REVIEWS_RISK)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "supply-risk", value = RequestExamples.RISK)))
    public Response addRisk(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RiskRequest body) {
        return withTag(reviews.addRisk(id, body.toCommand(), ifMatch));
    }

    /** A risk that blocks approval (15 or more without a mitigation) stops blocking it once its mitigation is recorded. */
    @POST
    @Path("{id}/risks/{seq}/mitigation")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.REVIEWS_RISK)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "second-supplier", value = RequestExamples.MITIGATION)))
    public Response mitigateRisk(@PathParam("id") UUID id, @PathParam("seq") int seq,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull MitigationRequest body) {
        return withTag(reviews.mitigateRisk(id, seq, body.toCommand(), ifMatch));
    }

    @POST
    @Path("{id}/order-confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.REVIEWS_CONFIRM_ORDER)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "by-fax", value = RequestExamples.ORDER_CONFIRMATION)))
    public Response confirmOrder(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OrderConfirmationRequest body) {
        return withTag(reviews.confirmOrder(id, body.toCommand(), ifMatch));
    }

    @GET
    @Path("{id}/record")
    @Produces(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.REVIEWS_READ)
    public ReviewRecord record(@PathParam("id") UUID id) {
        return record(reviews.get(id));
    }

    /**
     * The same record as a printable page in the reader's language ({@code Accept-Language}: zh-CN or en). The page
     * needs nothing but its own inline style: the policy forbids scripts, plugins, frames and every other source, so
     * even markup that slipped past the escaping could not run.
     */
    @GET
    @Path("{id}/record")
    @Produces(MediaType.TEXT_HTML)
    @PermissionsAllowed(Permissions.REVIEWS_READ)
    public Response recordPage(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        Locale language = Locales.of(headers);
        return Response.ok(ReviewRecordPage.render(record(reviews.get(id)), language))
                .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
                .header(CONTENT_SECURITY_POLICY, PAGE_POLICY).build();
    }

    /** The record as PDF, for the archive: the same page, with the Chinese font embedded. */
    @GET
    @Path("{id}/record")
    @Produces(PDF)
    @PermissionsAllowed(Permissions.REVIEWS_READ)
    public Response recordPdf(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        Review review = reviews.get(id);
        Locale language = Locales.of(headers);
        byte[] pdf = pdfs.render(ReviewRecordPage.render(record(review), language));
        return Response.ok(pdf, PDF).header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
                .header("Content-Disposition", "inline; filename=\"review-record-" + review.id + ".pdf\"").build();
    }

    @Path("{id}/history")
    @PermissionsAllowed(Permissions.REVIEWS_HISTORY)
    public AuditHistory history(@PathParam("id") UUID id) {
        reviews.get(id);
        return audit.of(Review.AGGREGATE, id);
    }

    private ReviewRecord record(Review review) {
        return ReviewRecord.of(review, records.check(review), departments.names());
    }

    private static Response withTag(Review review) {
        return Response.ok(ReviewView.of(review)).tag(Etags.of(review.version)).build();
    }
}
