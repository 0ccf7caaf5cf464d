package io.accord.feedback.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of {@code survey.invitation-sent}; never the token, which only the invited customer holds. */
public record InvitationSent(UUID invitationId, UUID surveyId, UUID customerId, String context, OffsetDateTime expiresAt) {
}
