package io.accord.feedback.rest;

import io.accord.feedback.SurveyPurpose;
import io.accord.feedback.service.CreateSurveyCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Body of {@code POST /api/v1/surveys}: a title, what it is for (GENERAL if absent) and its questions. */
public record SurveyRequest(
        @NotBlank @Size(max = 200) String title,
        SurveyPurpose purpose,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull QuestionRequest> questions) {

    CreateSurveyCommand toCommand() {
        return new CreateSurveyCommand(title, purpose, questions.stream().map(QuestionRequest::toQuestion).toList());
    }
}
