package io.accord.feedback.rest;

import io.accord.feedback.SurveyResponse;
import io.accord.feedback.service.SurveyService;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * The customer's answers to a survey, without logging in: the invitation's one-time token is the credential.
 * 404 for a token that matches nothing, 409 (with {@code currentState}) once answered or expired.
 */
@Path("/api/v1/survey-responses")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyResponseResource {

    private final SurveyService surveys;

    public SurveyResponseResource(SurveyService surveys) {
        this.surveys = surveys;
    }

    public record Accepted(UUID id, UUID surveyId, OffsetDateTime respondedAt, int answers) {
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
