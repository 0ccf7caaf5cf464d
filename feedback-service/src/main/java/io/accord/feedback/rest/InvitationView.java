package io.accord.feedback.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.accord.feedback.SurveyInvitation;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An invitation; {@code token} appears once, in the answer that created it, to be passed to the customer.
 * {@code tokenIssuedBy} names who handed out the current token ({@code system:…} for one nobody saw), and
 * {@code staffIssued} says a person held it. {@code mailed} says the link was mailed to the customer (to
 * {@code mailedTo}); false: the customer has no mail address and customer service passes the invitation on.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvitationView(UUID id, UUID surveyId, UUID customerId, String context, SurveyInvitation.Status status,
        OffsetDateTime sentAt, OffsetDateTime expiresAt, OffsetDateTime respondedAt, String tokenIssuedBy,
        OffsetDateTime tokenIssuedAt, boolean staffIssued, boolean mailed, String mailedTo, String token) {

    /** {@code status} as of {@code now}: an invitation expires without anybody touching it. */
    public static InvitationView of(SurveyInvitation i, OffsetDateTime now) {
        return withToken(i, null, now);
    }

    public static InvitationView withToken(SurveyInvitation i, String token, OffsetDateTime now) {
        return new InvitationView(i.id, i.surveyId, i.customerId, i.context, i.statusAt(now), i.sentAt, i.expiresAt,
                i.respondedAt, i.tokenIssuedBy, i.tokenIssuedAt, i.tokenStaffIssued, i.mailedTo != null, i.mailedTo, token);
    }
}
