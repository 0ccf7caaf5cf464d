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
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An invitation valid for 30 days, at chosen moments. */
class SurveyInvitationExpiryTest {

    static final OffsetDateTime SENT = OffsetDateTime.parse("2026-03-02T09:00:00Z");
    static final OffsetDateTime EXPIRES = SENT.plusDays(30);

    static SurveyInvitation sent() {
        return SurveyInvitation.send(UUID.randomUUID(), UUID.randomUUID(), "requirement:R-1", "hash", Duration.ofDays(30),
                "xu.cs", TokenIssuer.staff("xu.cs"), SENT);
    }

    @Test
    void anInvitationIsOpenUntilItsExpiryAndExpiredAfterIt() {
        SurveyInvitation invitation = sent();
        assertEquals(EXPIRES, invitation.expiresAt);
        assertEquals(Status.SENT, invitation.statusAt(EXPIRES));
        assertEquals(Status.EXPIRED, invitation.statusAt(EXPIRES.plusNanos(1_000)));
    }

    @Test
    void anExpiredInvitationTakesNoAnswerAndNoNewToken() {
        SurveyInvitation invitation = sent();
        assertThrows(IllegalTransitionException.class, () -> invitation.respond(List.of(), EXPIRES.plusMinutes(1)));
        assertThrows(IllegalTransitionException.class,
                () -> invitation.reissueToken("other-hash", TokenIssuer.staff("xu.cs"), EXPIRES.plusMinutes(1)));
    }

    @Test
    void anAnswerOnTheLastDayCountsAndAnAnsweredInvitationNeverExpires() {
        SurveyInvitation invitation = sent();
        invitation.respond(List.of(), EXPIRES.minusMinutes(1));
        assertEquals(EXPIRES.minusMinutes(1), invitation.respondedAt);
        assertEquals(Status.RESPONDED, invitation.statusAt(EXPIRES.plusDays(60)));
    }
}
