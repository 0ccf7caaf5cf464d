package io.accord.feedback.events;

import io.accord.feedback.SurveyPurpose;

import java.util.UUID;

/** Data of {@code survey.created}. */
public record SurveyCreated(UUID surveyId, String title, SurveyPurpose purpose, int questions) {
}
