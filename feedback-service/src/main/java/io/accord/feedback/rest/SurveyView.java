package io.accord.feedback.rest;

import io.accord.feedback.Survey;
import io.accord.feedback.SurveyPurpose;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record SurveyView(UUID id, String title, SurveyPurpose purpose, List<Survey.Question> questions,
        OffsetDateTime createdAt, String createdBy) {

    public static SurveyView of(Survey s) {
        return new SurveyView(s.id, s.title, s.purpose, List.copyOf(s.questions), s.createdAt, s.createdBy);
    }
}
