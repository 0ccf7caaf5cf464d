package io.accord.feedback.service;

import io.accord.feedback.Survey;
import io.accord.feedback.SurveyInvitation;
import io.accord.feedback.config.FeedbackConfig;
import io.accord.infra.changes.WritesChanges;
import io.accord.infra.customers.HeardCustomer;
import io.accord.infra.mail.MailOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.format.DateTimeFormatter;

/**
 * Mails a survey invitation's one-time link to the customer, in its language, in the transaction that creates the
 * invitation. The token is only in the mail's body: in the link's fragment ({@code #token=}), which browsers do not
 * send, so it reaches no access log; the mail is sensitive (its body is cleared once sent and never shown), and the
 * token never goes onto an event.
 */
@ApplicationScoped
@WritesChanges
class InvitationMail {

    static final String TEMPLATE = "survey-invitation";

    private final MailOutbox outbox;
    private final FeedbackConfig config;

    InvitationMail(MailOutbox outbox, FeedbackConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    /** Queues the mail when the customer has an address and records where it went; false when there is none. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean send(SurveyInvitation invitation, Survey survey, HeardCustomer customer, String token) {
        return customer.mail(TEMPLATE, "survey-invitation:" + invitation.id).map(mail -> {
            outbox.queue(mail.sensitive().about(SurveyInvitation.AGGREGATE, invitation.id)
                    .data("surveyTitle", survey.title)
                    .data("link", config.surveyLink() + "#token=" + token)
                    .data("expiresOn", DateTimeFormatter.ISO_LOCAL_DATE.format(invitation.expiresAt))
                    .build());
            invitation.mailed(customer.email());
            return true;
        }).orElse(false);
    }
}
