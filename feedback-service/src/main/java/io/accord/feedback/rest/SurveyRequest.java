package io.accord.feedback.rest;

import io.accord.feedback.QuestionType;
import io.accord.feedback.SurveyPurpose;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Body of {@code POST /api/v1/surveys}: a title, what it is for (GENERAL if absent) and its questions. */
public record SurveyRequest(
        @NotBlank @Size(max = 200) String title,
        SurveyPurpose purpose,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull QuestionBody> questions) {

    public record QuestionBody(
            @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9][a-z0-9_-]*", message = "lower-case letters, digits, '_' and '-'") String key,
            @NotBlank @Size(max = 500) String text,
            @NotNull QuestionType type,
            @Size(max = 60) String dimension,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> choices) {
    }
}
