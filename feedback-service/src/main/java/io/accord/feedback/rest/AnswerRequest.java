package io.accord.feedback.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.accord.feedback.service.RespondToSurveyCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One answer: the question's key and a value, a number for rating and NPS questions, a text for the others. */
public record AnswerRequest(@NotBlank @Size(max = 60) String key, @NotNull JsonNode value) {

    RespondToSurveyCommand.Answer toAnswer() {
        return new RespondToSurveyCommand.Answer(key, value);
    }
}
