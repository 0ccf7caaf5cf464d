package io.accord.feedback.events;

import io.accord.feedback.SurveyResponse;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Data of {@code survey.responded}: the answers as given, and who handed out the token they came with. */
public record SurveyResponded(UUID responseId, UUID invitationId, UUID surveyId, UUID customerId, OffsetDateTime respondedAt,
        List<SurveyResponse.Answer> answers, String tokenIssuedBy, boolean staffIssued) {
}
