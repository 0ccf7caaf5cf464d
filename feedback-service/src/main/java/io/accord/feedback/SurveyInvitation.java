package io.accord.feedback;

import io.accord.feedback.events.FeedbackEventTypes;
import io.accord.feedback.events.InvitationSent;
import io.accord.feedback.events.SurveyResponded;
import io.accord.infra.changes.Aggregate;
import io.accord.infra.errors.IllegalTransitionException;
import io.accord.infra.i18n.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One customer's invitation to answer a survey (PROCESS.md: {@code SENT → RESPONDED | EXPIRED}; one response per
 * invitation). The customer answers with a one-time token without logging in; only the token's hash is kept.
 */
@Entity
@Table(name = "survey_invitation")
public class SurveyInvitation extends Aggregate {

    public static final String AGGREGATE = "survey-invitation";

    public enum Status { SENT, RESPONDED, EXPIRED }

    /** The issuer of tokens the service hands out itself, which no person ever sees. */
    public static final String SYSTEM_ISSUER = "system:feedback-service";

    /**
     * Who handed out a token. A person who gets the token (to pass the link on) could answer it themselves, so a
     * response by such a token is staff-issued; only a token the system sends straight to the customer is not.
     */
    public record TokenIssuer(String name, boolean staff) {
        public static final TokenIssuer SYSTEM = new TokenIssuer(SYSTEM_ISSUER, false);

        public static TokenIssuer staff(String principal) {
            return new TokenIssuer(principal, true);
        }
    }

    @Id
    public UUID id;

    @Column(name = "survey_id", nullable = false)
    public UUID surveyId;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    /** What it is about, e.g. {@code requirement:<id>} or a visit; shown to whoever analyses the answers. */
    public String context;

    /** Set on invitations sent automatically (e.g. {@code requirement:<id>}); unique per survey. */
    public String occasion;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "sent_at", nullable = false)
    public OffsetDateTime sentAt;

    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;

    @Column(name = "responded_at")
    public OffsetDateTime respondedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** Who handed out the current token: a staff member's principal, or {@link #SYSTEM_ISSUER}. */
    @Column(name = "token_issued_by", nullable = false)
    public String tokenIssuedBy;

    @Column(name = "token_issued_at", nullable = false)
    public OffsetDateTime tokenIssuedAt;

    @Column(name = "token_staff_issued", nullable = false)
    public boolean tokenStaffIssued;

    /**
     * The address the invitation was mailed to with its link (queued in the invitation's transaction); null when it
     * was not mailed: the customer has no mail address (or was not known here yet), and customer service passes it on.
     */
    @Column(name = "mailed_to")
    public String mailedTo;

    @Version
    public long version;

    public static SurveyInvitation send(UUID surveyId, UUID customerId, String context, String tokenHash, Duration validFor,
            String createdBy, TokenIssuer issuer, OffsetDateTime now) {
        SurveyInvitation invitation = new SurveyInvitation();
        invitation.id = UUID.randomUUID();
        invitation.surveyId = surveyId;
        invitation.customerId = customerId;
        invitation.context = context;
        invitation.tokenHash = tokenHash;
        invitation.status = Status.SENT;
        invitation.sentAt = now;
        invitation.expiresAt = invitation.sentAt.plus(validFor);
        invitation.createdBy = createdBy;
        invitation.tokenIssued(issuer, invitation.sentAt);
        InvitationSent sent = new InvitationSent(invitation.id, surveyId, customerId, context, invitation.expiresAt);
        invitation.change("sent").to(invitation.status).detail(sent).event(FeedbackEventTypes.INVITATION_SENT, sent).record();
        return invitation;
    }

    public static SurveyInvitation byTokenHash(String hash) {
        return find("tokenHash", hash).firstResult();
    }

    /** The status at {@code now}: a SENT invitation past its expiry is EXPIRED even before anything wrote that down. */
    public Status statusAt(OffsetDateTime now) {
        return status == Status.SENT && now.isAfter(expiresAt) ? Status.EXPIRED : status;
    }

    /**
     * A new token for an open invitation (lost link, or one sent automatically): the old token stops working, and
     * whoever issued the new one is its issuer.
     */
    public void reissueToken(String newTokenHash, TokenIssuer issuer, OffsetDateTime now) {
        Status current = statusAt(now);
        if (current != Status.SENT) {
            throw new IllegalTransitionException("survey invitation", current, Text.of("feedback.invitation.token-open"));
        }
        tokenHash = newTokenHash;
        tokenIssued(issuer, now);
        change("token-issued").in(status).record();
    }

    private void tokenIssued(TokenIssuer issuer, OffsetDateTime at) {
        tokenIssuedBy = issuer.name();
        tokenStaffIssued = issuer.staff();
        tokenIssuedAt = at;
    }

    /** The one response this invitation allows, with these (checked) answers; refused once answered or expired. */
    public SurveyResponse respond(List<SurveyResponse.Answer> answers, OffsetDateTime now) {
        Status current = statusAt(now);
        if (current != Status.SENT) {
            throw new IllegalTransitionException("survey invitation", current,
                    current == Status.RESPONDED ? Text.of("feedback.invitation.answered") : Text.of("feedback.invitation.expired", expiresAt));
        }
        status = Status.RESPONDED;
        respondedAt = now;
        SurveyResponse response = SurveyResponse.of(this, answers);
        change("responded").from(current).to(status).detail(Map.of("responseId", response.id))
                .event(FeedbackEventTypes.SURVEY_RESPONDED, new SurveyResponded(response.id, id, surveyId, customerId,
                        response.respondedAt, answers.stream().map(SurveyInvitation::answer).toList(),
                        response.tokenIssuedBy, response.staffIssued))
                .record();
        return response;
    }

    /** The invitation's link went to the customer by mail (queued with it, sent by the mail relay). */
    public void mailed(String address) {
        mailedTo = address;
        change("mailed").in(status).detail(Map.of("to", address)).record();
    }

    @Override
    public String aggregateType() {
        return AGGREGATE;
    }

    @Override
    public UUID aggregateId() {
        return id;
    }

    private static SurveyResponded.Answer answer(SurveyResponse.Answer a) {
        return new SurveyResponded.Answer(a.key(), a.type().name(), a.dimension(), a.score(), a.text());
    }
}
