package io.accord.feedback.rest;

import io.accord.feedback.Survey;
import io.accord.feedback.SurveyInvitation;
import io.accord.feedback.SurveyResponse;
import io.accord.feedback.service.SurveyService;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The customer's answers to a survey, without logging in: the invitation's one-time token is the credential.
 * 404 for a token that matches nothing, 409 (with {@code currentState}) once answered or expired. The customer's page
 * first reads the survey with the token in the {@code Survey-Token} header.
 */
@Path("/api/v1/survey-responses")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyResponseResource {

    private final SurveyService surveys;
    private final Clock clock;

    public SurveyResponseResource(SurveyService surveys, Clock clock) {
        this.surveys = surveys;
        this.clock = clock;
    }

    public record Accepted(UUID id, UUID surveyId, OffsetDateTime respondedAt, int answers) {
    }

    /** The header carrying the token on a read: never the URL, which access logs and browser histories keep. */
    public static final String TOKEN_HEADER = "Survey-Token";

    /** What the customer holding a token sees: the survey's title and questions, and whether it can still answer. */
    public record Invitation(UUID surveyId, String title, List<Survey.Question> questions,
            SurveyInvitation.Status status, OffsetDateTime expiresAt) {
    }

    /** The survey a token invites to, for the customer's page to show its questions; 404 for a token of none. */
    @GET
    @Path("invitation")
    @PermitAll
    public Response invitation(@HeaderParam(TOKEN_HEADER) String token) {
        SurveyService.Invited invited = surveys.byToken(token);
        SurveyInvitation invitation = invited.invitation();
        return Response.ok(new Invitation(invited.survey().id, invited.survey().title, List.copyOf(invited.survey().questions),
                invitation.statusAt(OffsetDateTime.now(clock)), invitation.expiresAt)).header("Cache-Control", "no-store").build();
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "answers", value = RequestExamples.RESPONSE)))
    public Response respond(@Valid @NotNull ResponseRequest body) {
        SurveyResponse response = surveys.respond(body.toCommand());
        return Response.status(Response.Status.CREATED).header("Cache-Control", "no-store")
                .entity(new Accepted(response.id, response.surveyId, response.respondedAt, response.answers.size())).build();
    }
}
