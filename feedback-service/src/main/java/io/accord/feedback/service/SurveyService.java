package io.accord.feedback.service;

import io.accord.feedback.QuestionType;
import io.accord.feedback.Survey;
import io.accord.feedback.SurveyInvitation.TokenIssuer;
import io.accord.feedback.SurveyInvitation;
import io.accord.feedback.SurveyPurpose;
import io.accord.feedback.SurveyResponse;
import io.accord.infra.changes.ChangeWriter;
import io.accord.infra.changes.WritesChanges;
import io.accord.infra.customers.HeardCustomer;
import io.accord.infra.customers.KnownCustomers;
import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.errors.UnprocessableFieldException;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.infra.i18n.Text;
import io.accord.infra.persistence.Exists;
import io.accord.infra.persistence.Pages;
import io.accord.infra.persistence.QueryFilter;
import io.accord.infra.persistence.Sorting;
import io.accord.infra.security.CurrentActor;
import io.accord.infra.security.SecretTokens;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Survey templates, invitations with one-time tokens, and the customers' responses. */
@ApplicationScoped
@WritesChanges
public class SurveyService {

    /** What each list sorts by (SurveyResource documents the same fields); newest first by default. */
    private static final Sorting<Survey> SURVEY_SORTING = Sorting.<Survey>unique("id", UUID.class, s -> s.id)
            .field("createdAt", OffsetDateTime.class, s -> s.createdAt)
            .field("title", String.class, s -> s.title)
            .field("purpose", SurveyPurpose.class, s -> s.purpose)
            .byDefault("createdAt,desc");
    private static final Sorting<SurveyResponse> RESPONSE_SORTING = Sorting.<SurveyResponse>unique("id", UUID.class, r -> r.id)
            .field("respondedAt", OffsetDateTime.class, r -> r.respondedAt)
            .byDefault("respondedAt,desc");
    /** Not by status: an invitation's status is what it is now (it expires untouched), not what is stored. */
    private static final Sorting<SurveyInvitation> INVITATION_SORTING = Sorting.<SurveyInvitation>unique("id", UUID.class, i -> i.id)
            .field("sentAt", OffsetDateTime.class, i -> i.sentAt)
            .field("expiresAt", OffsetDateTime.class, i -> i.expiresAt)
            .byDefault("sentAt,desc");

    /** A sent invitation and its token, which exists only in this answer. */
    public record Sent(SurveyInvitation invitation, String token) {
    }

    static final String TOKEN_PREFIX = "svy_";

    private final ChangeWriter changes;
    private final KnownCustomers customers;
    private final InvitationMail mail;
    private final CurrentActor actor;
    private final Clock clock;

    public SurveyService(ChangeWriter changes, KnownCustomers customers, InvitationMail mail, CurrentActor actor, Clock clock) {
        this.changes = changes;
        this.customers = customers;
        this.mail = mail;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public Survey create(CreateSurveyCommand request) {
        List<Survey.Question> questions = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < request.questions().size(); i++) {
            Survey.Question q = request.questions().get(i);
            if (!keys.add(q.key())) {
                throw new InvalidFieldException("questions[" + i + "].key", Text.of("feedback.survey.key-taken", q.key()));
            }
            boolean choice = q.type() == QuestionType.CHOICE;
            if (choice && (q.choices() == null || q.choices().size() < 2)) {
                throw new InvalidFieldException("questions[" + i + "].choices", Text.of("feedback.survey.two-choices"));
            }
            if (!choice && q.choices() != null && !q.choices().isEmpty()) {
                throw new InvalidFieldException("questions[" + i + "].choices", Text.of("feedback.survey.choices-only"));
            }
            questions.add(new Survey.Question(q.key(), q.text(), q.type(), blankToNull(q.dimension()), choice ? List.copyOf(q.choices()) : null));
        }
        SurveyPurpose purpose = request.purpose() == null ? SurveyPurpose.GENERAL : request.purpose();
        Survey survey = Survey.create(request.title(), purpose, questions, actor.name(), now());
        survey.persist();
        return survey;
    }

    public Survey get(UUID id) {
        Survey survey = Survey.findById(id);
        if (survey == null) {
            throw new ResourceNotFoundException("survey", id);
        }
        return survey;
    }

    public Page<Survey> list(SurveyPurpose purpose, PageParams page) {
        QueryFilter filter = new QueryFilter().equal("purpose", purpose);
        return Pages.of(Survey.class, filter, SURVEY_SORTING, page);
    }

    /**
     * Invites a customer by hand; the answer carries the token, and the link is also mailed to the customer when it
     * has an address. A customer who opted out of surveys is not invited (422 naming {@code customerId}): the opt-out
     * is the customer's, so customer service changes it on the customer, not around it.
     */
    @Transactional
    public Sent invite(UUID surveyId, InviteCustomerCommand request) {
        Survey survey = get(surveyId);
        Optional<HeardCustomer> customer = customers.find(request.customerId());
        if (customer.filter(HeardCustomer::optedOutOfSurveys).isPresent()) {
            throw new UnprocessableFieldException("customerId", Text.of("feedback.invitation.opted-out"));
        }
        SecretTokens.Issued token = SecretTokens.issue(TOKEN_PREFIX);
        int days = request.validDays() == null ? 30 : request.validDays();
        // the token is in the caller's answer: the caller is its issuer
        SurveyInvitation invitation = SurveyInvitation.send(survey.id, request.customerId(), blankToNull(request.context()),
                token.hash(), Duration.ofDays(days), actor.name(), TokenIssuer.staff(actor.name()), now());
        invitation.persist();
        customer.ifPresent(c -> mail.send(invitation, survey, c, token.secret()));
        return new Sent(invitation, token.secret());
    }

    /**
     * The invitation PROCESS.md sends on an occasion (an order delivered, a complaint closed), with the newest survey
     * of that purpose; none if no such survey exists or the customer opted out of surveys. The system issues the token
     * and mails the link to the customer in the same transaction; nobody else ever holds it. A customer without an
     * address, or not heard of here yet, is invited unmailed ({@code mailedTo} null) and customer service passes the
     * invitation on with {@link #reissueToken}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<SurveyInvitation> inviteOnOccasion(SurveyPurpose purpose, UUID customerId, String context) {
        Survey survey = Survey.find("purpose", Sort.descending("createdAt"), purpose).firstResult();
        if (survey == null || Exists.any(SurveyInvitation.class, "surveyId = ?1 and occasion = ?2", survey.id, context)) {
            return Optional.empty();
        }
        Optional<HeardCustomer> customer = customers.find(customerId);
        if (customer.filter(HeardCustomer::optedOutOfSurveys).isPresent()) {
            return Optional.empty();
        }
        // the actor here is whoever caused the occasion (e.g. recorded the delivery); the token is the system's
        SecretTokens.Issued token = SecretTokens.issue(TOKEN_PREFIX);
        SurveyInvitation invitation = SurveyInvitation.send(survey.id, customerId, context, token.hash(),
                Duration.ofDays(30), actor.name(), TokenIssuer.SYSTEM, now());
        invitation.occasion = context;
        invitation.persist();
        customer.ifPresent(c -> mail.send(invitation, survey, c, token.secret()));
        return Optional.of(invitation);
    }

    /**
     * A fresh token for an open invitation, shown once; the previous token no longer works. The caller holds the new
     * token, so a response by it is staff-issued, also for invitations the system sent.
     */
    @Transactional
    public Sent reissueToken(UUID surveyId, UUID invitationId) {
        SurveyInvitation invitation = invitation(surveyId, invitationId);
        SecretTokens.Issued token = SecretTokens.issue(TOKEN_PREFIX);
        invitation.reissueToken(token.hash(), TokenIssuer.staff(actor.name()), now());
        return new Sent(invitation, token.secret());
    }

    /** The invitation a customer's token opens and its survey (to show the questions); 404 for a token of none. */
    public Invited byToken(String token) {
        SurveyInvitation invitation = invitationByToken(token);
        return new Invited(invitation, get(invitation.surveyId));
    }

    /** An invitation with its survey, as the customer holding the token sees it. */
    public record Invited(SurveyInvitation invitation, Survey survey) {
    }

    private static SurveyInvitation invitationByToken(String token) {
        SurveyInvitation invitation = token == null ? null : SurveyInvitation.byTokenHash(SecretTokens.hash(token));
        if (invitation == null) {
            throw new ResourceNotFoundException("survey invitation", Text.of("feedback.invitation.for-token"));
        }
        return invitation;
    }

    /** The customer's answers, by token: checked against the survey's questions, accepted once per invitation. */
    @Transactional
    public SurveyResponse respond(RespondToSurveyCommand request) {
        SurveyInvitation invitation = invitationByToken(request.token());
        Survey survey = get(invitation.surveyId);
        List<SurveyResponse.Answer> answers = SurveyAnswers.check(survey, request.answers());
        SurveyResponse response = invitation.respond(answers, now());
        response.persist();
        SurveyAnswers.storeScores(response);
        // the customer answered: the history and the event name them, so the change is written while they are the
        // actor (written when this method returns, it would name the caller, who is anonymous with a token)
        actor.runAs("customer:" + invitation.customerId, changes::writePending);
        return response;
    }

    public SurveyInvitation invitation(UUID surveyId, UUID invitationId) {
        SurveyInvitation invitation = SurveyInvitation.findById(invitationId);
        if (invitation == null || !invitation.surveyId.equals(surveyId)) {
            throw new ResourceNotFoundException("survey invitation", invitationId);
        }
        return invitation;
    }

    /** A survey's responses, newest first; {@code staffIssued} picks those whose token a person did (or did not) hand out. */
    public Page<SurveyResponse> responses(UUID surveyId, UUID customerId, Boolean staffIssued, PageParams page) {
        get(surveyId);
        QueryFilter filter = new QueryFilter().equal("surveyId", surveyId).equal("customerId", customerId)
                .equal("staffIssued", staffIssued);
        return Pages.of(SurveyResponse.class, filter, RESPONSE_SORTING, page);
    }

    public Page<SurveyInvitation> invitations(UUID surveyId, UUID customerId, PageParams page) {
        get(surveyId);
        QueryFilter filter = new QueryFilter().equal("surveyId", surveyId).equal("customerId", customerId);
        return Pages.of(SurveyInvitation.class, filter, INVITATION_SORTING, page);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
