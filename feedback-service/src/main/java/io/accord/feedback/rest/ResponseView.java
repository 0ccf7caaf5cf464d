package io.accord.feedback.rest;

import io.accord.feedback.SurveyResponse;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A customer's response as staff see it, with who handed out the token it came with. */
public record ResponseView(UUID id, UUID invitationId, UUID surveyId, UUID customerId, OffsetDateTime respondedAt,
        String tokenIssuedBy, boolean staffIssued, List<SurveyResponse.Answer> answers) {

    public static ResponseView of(SurveyResponse r) {
        return new ResponseView(r.id, r.invitationId, r.surveyId, r.customerId, r.respondedAt, r.tokenIssuedBy, r.staffIssued,
                List.copyOf(r.answers));
    }
}
