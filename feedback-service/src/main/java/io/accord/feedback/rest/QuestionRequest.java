package io.accord.feedback.rest;

import io.accord.feedback.QuestionType;
import io.accord.feedback.Survey;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** One question of a survey: a key unique in it, its text and answer type, and for scored ones a dimension. */
public record QuestionRequest(
        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9][a-z0-9_-]*", message = "{accord.survey.question-key}") String key,
        @NotBlank @Size(max = 500) String text,
        @NotNull QuestionType type,
        @Size(max = 60) String dimension,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> choices) {

    Survey.Question toQuestion() {
        return new Survey.Question(key, text, type, dimension, choices);
    }
}
