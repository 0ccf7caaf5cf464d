package io.accord.feedback;

import io.accord.feedback.SurveyInvitation.Status;
import io.accord.feedback.SurveyInvitation.TokenIssuer;
import io.accord.infra.errors.IllegalTransitionException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An invitation (PROCESS.md: {@code SENT → RESPONDED | EXPIRED}, one response each) and who held its token: the
 * system, or a person who could have answered in the customer's place. Expiry itself: {@link SurveyInvitationExpiryTest}.
 */
class SurveyInvitationTest {

    static final OffsetDateTime SENT = OffsetDateTime.parse("2026-03-02T09:00:00Z");

    static SurveyInvitation sentBy(TokenIssuer issuer) {
        return SurveyInvitation.send(UUID.randomUUID(), UUID.randomUUID(), "requirement:R-1", "hash-1", Duration.ofDays(30),
                "system:feedback-service", issuer, SENT);
    }

    @Test
    void aTokenTheSystemSendsIsNotStaffIssued() {
        SurveyInvitation invitation = sentBy(TokenIssuer.SYSTEM);

        assertEquals(Status.SENT, invitation.status);
        assertEquals(SurveyInvitation.SYSTEM_ISSUER, invitation.tokenIssuedBy);
        assertFalse(invitation.tokenStaffIssued);
        assertEquals(SENT, invitation.tokenIssuedAt);
    }

    @Test
    void aNewTokenReplacesTheOldOneAndNamesWhoHandedItOut() {
        SurveyInvitation invitation = sentBy(TokenIssuer.SYSTEM);

        invitation.reissueToken("hash-2", TokenIssuer.staff("xu.cs"), SENT.plusDays(3));

        assertEquals("hash-2", invitation.tokenHash);
        assertEquals("xu.cs", invitation.tokenIssuedBy);
        assertTrue(invitation.tokenStaffIssued);
        assertEquals(SENT.plusDays(3), invitation.tokenIssuedAt);
        assertEquals(Status.SENT, invitation.status);
        assertEquals(SENT.plusDays(30), invitation.expiresAt, "a new token does not extend the invitation");
    }

    @Test
    void theResponseClosesTheInvitationAndCarriesWhoHeldTheToken() {
        SurveyInvitation invitation = sentBy(TokenIssuer.staff("xu.cs"));

        List<SurveyResponse.Answer> answers = List.of(new SurveyResponse.Answer("quality", QuestionType.RATING_1_5, "product", 4, null));
        SurveyResponse response = invitation.respond(answers, SENT.plusDays(1));

        assertEquals(Status.RESPONDED, invitation.status);
        assertEquals(SENT.plusDays(1), invitation.respondedAt);
        assertEquals(invitation.id, response.invitationId);
        assertEquals(invitation.customerId, response.customerId);
        assertEquals(SENT.plusDays(1), response.respondedAt);
        assertEquals(answers, response.answers);
        assertEquals("xu.cs", response.tokenIssuedBy);
        assertTrue(response.staffIssued);
    }

    @Test
    void anInvitationIsAnsweredOnce() {
        SurveyInvitation invitation = sentBy(TokenIssuer.SYSTEM);
        invitation.respond(List.of(), SENT.plusDays(1));

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> invitation.respond(List.of(), SENT.plusDays(2)));
        assertEquals("RESPONDED", refused.currentState());
        assertEquals(SENT.plusDays(1), invitation.respondedAt);
    }

    @Test
    void anAnsweredInvitationGetsNoNewToken() {
        SurveyInvitation invitation = sentBy(TokenIssuer.SYSTEM);
        invitation.respond(List.of(), SENT.plusDays(1));

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> invitation.reissueToken("hash-2", TokenIssuer.staff("xu.cs"), SENT.plusDays(2)));
        assertEquals("RESPONDED", refused.currentState());
        assertEquals("hash-1", invitation.tokenHash);
        assertEquals(SurveyInvitation.SYSTEM_ISSUER, invitation.tokenIssuedBy);
        assertFalse(invitation.tokenStaffIssued);
    }

    @Test
    void anExpiredInvitationIsRefusedAsExpiredAndStaysUnanswered() {
        SurveyInvitation invitation = sentBy(TokenIssuer.SYSTEM);

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> invitation.respond(List.of(), SENT.plusDays(31)));
        assertEquals("EXPIRED", refused.currentState());
        assertNull(invitation.respondedAt);
        assertEquals(Status.SENT, invitation.status, "nothing wrote the expiry down; statusAt tells it");
    }
}
