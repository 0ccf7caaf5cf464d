package io.accord.feedback.rest;

import io.accord.feedback.service.RespondToSurveyCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Body of {@code POST /api/v1/survey-responses}, sent by the customer without logging in: the invitation's token
 * and the answers. A value is a number for rating and NPS questions, a text for text and choice questions.
 */
public record ResponseRequest(
        @NotBlank @Size(max = 100) String token,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull AnswerRequest> answers) {

    RespondToSurveyCommand toCommand() {
        return new RespondToSurveyCommand(token, answers.stream().map(AnswerRequest::toAnswer).toList());
    }
}
