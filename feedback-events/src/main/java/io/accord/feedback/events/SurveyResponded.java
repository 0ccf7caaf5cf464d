package io.accord.feedback.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Data of {@code survey.responded}: the answers as given, and who handed out the token they came with. */
public record SurveyResponded(UUID responseId, UUID invitationId, UUID surveyId, UUID customerId, OffsetDateTime respondedAt,
        List<Answer> answers, String tokenIssuedBy, boolean staffIssued) {

    /** {@code type} is a name of the service's {@code QuestionType}; {@code score} for ratings, {@code text} otherwise. */
    public record Answer(String key, String type, String dimension, Integer score, String text) {
    }
}
