package io.accord.feedback.events;

import java.util.UUID;

/** Data of {@code survey.created}; {@code purpose} is a name of the service's {@code SurveyPurpose}. */
public record SurveyCreated(UUID surveyId, String title, String purpose, int questions) {
}
