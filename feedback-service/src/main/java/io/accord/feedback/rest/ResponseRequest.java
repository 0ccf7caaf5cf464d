package io.accord.feedback.rest;

import com.fasterxml.jackson.databind.JsonNode;
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
        @NotEmpty @Size(max = 50) List<@Valid @NotNull AnswerBody> answers) {

    public record AnswerBody(@NotBlank @Size(max = 60) String key, @NotNull JsonNode value) {
    }
}
