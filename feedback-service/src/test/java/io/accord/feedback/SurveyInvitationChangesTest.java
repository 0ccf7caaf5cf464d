package io.accord.feedback;

import io.accord.feedback.SurveyInvitation.Status;
import io.accord.feedback.SurveyInvitation.TokenIssuer;
import io.accord.feedback.events.FeedbackEventTypes;
import io.accord.feedback.events.InvitationSent;
import io.accord.feedback.events.SurveyResponded;
import io.accord.infra.changes.DomainChange;
import io.accord.infra.errors.IllegalTransitionException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an invitation's history and events say: sent (never with the token), a token issued, responded. */
class SurveyInvitationChangesTest {

    static final OffsetDateTime SENT = OffsetDateTime.parse("2026-03-02T09:00:00Z");
    static final UUID SURVEY = UUID.randomUUID();
    static final UUID CUSTOMER = UUID.randomUUID();
    static final List<SurveyResponse.Answer> ANSWERS = List.of(
            new SurveyResponse.Answer("overall", QuestionType.RATING_1_5, "quality", 4, null),
            new SurveyResponse.Answer("remarks", QuestionType.TEXT, null, null, "fine"));

    static SurveyInvitation sent(TokenIssuer issuer) {
        return SurveyInvitation.send(SURVEY, CUSTOMER, "requirement:R-1", "hash", Duration.ofDays(30), "xu.cs", issuer, SENT);
    }

    @Test
    void sendingPublishesTheInvitationWithoutItsToken() {
        SurveyInvitation invitation = sent(TokenIssuer.staff("xu.cs"));

        assertEquals(1, invitation.pendingChanges().size());
        DomainChange sent = invitation.pendingChanges().get(0);
        assertEquals("sent", sent.action());
        assertNull(sent.stateBefore());
        assertEquals(Status.SENT, sent.stateAfter());
        assertEquals(FeedbackEventTypes.INVITATION_SENT, sent.event().type());
        assertEquals(new InvitationSent(invitation.id, SURVEY, CUSTOMER, "requirement:R-1", SENT.plusDays(30)),
                sent.event().payload());
        assertEquals(sent.event().payload(), sent.detail());
    }

    @Test
    void aNewTokenIsInTheHistoryOnlyAndSaysNothingOfTheToken() {
        SurveyInvitation invitation = sent(TokenIssuer.SYSTEM);
        invitation.takeChanges();
        invitation.reissueToken("other-hash", TokenIssuer.staff("xu.cs"), SENT.plusDays(1));

        assertEquals(1, invitation.pendingChanges().size());
        DomainChange issued = invitation.pendingChanges().get(0);
        assertEquals("token-issued", issued.action());
        assertEquals(Status.SENT, issued.stateBefore());
        assertEquals(Status.SENT, issued.stateAfter());
        assertNull(issued.detail());
        assertNull(issued.event());
    }

    @Test
    void aResponsePublishesTheAnswersAndWhoHeldTheToken() {
        SurveyInvitation invitation = sent(TokenIssuer.SYSTEM);
        invitation.reissueToken("other-hash", TokenIssuer.staff("xu.cs"), SENT.plusDays(1));
        invitation.takeChanges();
        SurveyResponse response = invitation.respond(ANSWERS, SENT.plusDays(2));

        assertEquals(1, invitation.pendingChanges().size());
        DomainChange responded = invitation.pendingChanges().get(0);
        assertEquals("responded", responded.action());
        assertEquals(Status.SENT, responded.stateBefore());
        assertEquals(Status.RESPONDED, responded.stateAfter());
        assertEquals(Map.of("responseId", response.id), responded.detail());
        assertEquals(FeedbackEventTypes.SURVEY_RESPONDED, responded.event().type());
        List<SurveyResponded.Answer> published = List.of(new SurveyResponded.Answer("overall", "RATING_1_5", "quality", 4, null),
                new SurveyResponded.Answer("remarks", "TEXT", null, null, "fine"));
        assertEquals(new SurveyResponded(response.id, invitation.id, SURVEY, CUSTOMER, SENT.plusDays(2), published, "xu.cs", true),
                responded.event().payload());
        assertEquals(invitation.id, response.invitationId);
        assertEquals(ANSWERS, response.answers);
    }

    @Test
    void aSecondAnswerIsRefusedAndRecordsNothing() {
        SurveyInvitation invitation = sent(TokenIssuer.SYSTEM);
        invitation.respond(ANSWERS, SENT.plusDays(2));
        invitation.takeChanges();

        assertThrows(IllegalTransitionException.class, () -> invitation.respond(ANSWERS, SENT.plusDays(3)));
        assertTrue(invitation.pendingChanges().isEmpty());
    }
}
