package io.accord.feedback.service;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** A customer's answers, by the invitation's one-time token; each value is checked against its question's type. */
public record RespondToSurveyCommand(String token, List<Answer> answers) {

    public record Answer(String key, JsonNode value) {
    }
}
