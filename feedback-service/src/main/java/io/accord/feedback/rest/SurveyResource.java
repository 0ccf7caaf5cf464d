package io.accord.feedback.rest;

import io.accord.feedback.Survey;
import io.accord.feedback.SurveyInvitation;
import io.accord.feedback.SurveyPurpose;
import io.accord.feedback.service.SurveyService;
import io.accord.infra.audit.AuditHistory;
import io.accord.infra.audit.AuditTrail;
import io.accord.infra.openapi.SortParameters;
import io.accord.infra.security.Permissions;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.Valid;
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

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Survey templates and the invitations sent with them. */
@Path("/api/v1/surveys")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyResource {

    private final SurveyService surveys;
    private final AuditTrail audit;
    private final Clock clock;

    public SurveyResource(SurveyService surveys, AuditTrail audit, Clock clock) {
        this.surveys = surveys;
        this.audit = audit;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.SURVEYS_WRITE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "after-delivery", value = RequestExamples.SURVEY)))
    public Response create(@Valid @NotNull SurveyRequest body, UriInfo uri) {
        Survey survey = surveys.create(body.toCommand());
        return Response.created(uri.getAbsolutePathBuilder().path(survey.id.toString()).build()).entity(SurveyView.of(survey)).build();
    }

    @GET
    @PermissionsAllowed(Permissions.SURVEYS_READ)
    @Parameter(name = "sort", in = ParameterIn.QUERY, extensions = {
            @Extension(name = SortParameters.FIELDS, value = "createdAt, title, purpose"),
            @Extension(name = SortParameters.DEFAULT, value = "createdAt,desc")})
    public Page<SurveyView> list(@QueryParam("purpose") SurveyPurpose purpose, @Valid @BeanParam PageParams page) {
        return surveys.list(purpose, page).map(SurveyView::of);
    }

    @GET
    @Path("{id}")
    @PermissionsAllowed(Permissions.SURVEYS_READ)
    public SurveyView get(@PathParam("id") UUID id) {
        return SurveyView.of(surveys.get(id));
    }

    /** Invites a customer; the answer carries the one-time token for the customer (it is not stored). */
    @POST
    @Path("{id}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.SURVEYS_INVITE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "after-order", value = RequestExamples.INVITATION)))
    public Response invite(@PathParam("id") UUID id, @Valid @NotNull InvitationRequest body, UriInfo uri) {
        SurveyService.Sent sent = surveys.invite(id, body.toCommand());
        return Response.created(uri.getAbsolutePathBuilder().path(sent.invitation().id.toString()).build())
                .header("Cache-Control", "no-store").entity(InvitationView.withToken(sent.invitation(), sent.token(), OffsetDateTime.now(clock))).build();
    }

    @GET
    @Path("{id}/invitations")
    @PermissionsAllowed(Permissions.SURVEYS_READ)
    @Parameter(name = "sort", in = ParameterIn.QUERY, extensions = {
            @Extension(name = SortParameters.FIELDS, value = "sentAt, expiresAt"),
            @Extension(name = SortParameters.DEFAULT, value = "sentAt,desc")})
    public Page<InvitationView> invitations(@PathParam("id") UUID id, @QueryParam("customerId") UUID customerId,
            @Valid @BeanParam PageParams page) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return surveys.invitations(id, customerId, page).map(i -> InvitationView.of(i, now));
    }

    @GET
    @Path("{id}/invitations/{invitationId}")
    @PermissionsAllowed(Permissions.SURVEYS_READ)
    public InvitationView invitation(@PathParam("id") UUID id, @PathParam("invitationId") UUID invitationId) {
        return InvitationView.of(surveys.invitation(id, invitationId), OffsetDateTime.now(clock));
    }

    /** The responses to a survey, newest first; {@code staffIssued=true|false} picks by who handed out their token. */
    @GET
    @Path("{id}/responses")
    @PermissionsAllowed(Permissions.SURVEYS_READ)
    @Parameter(name = "sort", in = ParameterIn.QUERY, extensions = {
            @Extension(name = SortParameters.FIELDS, value = "respondedAt"),
            @Extension(name = SortParameters.DEFAULT, value = "respondedAt,desc")})
    public Page<ResponseView> responses(@PathParam("id") UUID id, @QueryParam("customerId") UUID customerId,
            @QueryParam("staffIssued") String staffIssued, @Valid @BeanParam PageParams page) {
        return surveys.responses(id, customerId, BooleanParams.parse("staffIssued", staffIssued), page).map(ResponseView::of);
    }

    /**
     * A new one-time token for an open invitation (to send it, or to replace a lost link); the old one stops working.
     * The caller becomes the token's issuer: a response by it is staff-issued.
     */
    @POST
    @Path("{id}/invitations/{invitationId}/token")
    @PermissionsAllowed(Permissions.SURVEYS_INVITE)
    public Response reissueToken(@PathParam("id") UUID id, @PathParam("invitationId") UUID invitationId) {
        SurveyService.Sent sent = surveys.reissueToken(id, invitationId);
        return Response.ok(InvitationView.withToken(sent.invitation(), sent.token(), OffsetDateTime.now(clock))).header("Cache-Control", "no-store").build();
    }

    @Path("{id}/invitations/{invitationId}/history")
    @PermissionsAllowed(Permissions.SURVEYS_HISTORY)
    public AuditHistory invitationHistory(@PathParam("id") UUID id, @PathParam("invitationId") UUID invitationId) {
        surveys.invitation(id, invitationId);
        return audit.of(SurveyInvitation.AGGREGATE, invitationId);
    }
}
