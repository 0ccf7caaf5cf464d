package io.accord.infra.mail;

import io.accord.infra.security.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The only way a service sends mail: a row written in the transaction of the change that causes it, sent by the mail
 * relay after the commit. A change that rolls back sends nothing; a crash after the commit loses nothing.
 */
@ApplicationScoped
public class MailOutbox {

    private final MailTemplates templates;
    private final EntityManager entityManager;
    private final CurrentActor actor;
    private final Clock clock;
    private final MailSignal signal;
    private final TransactionSynchronizationRegistry transactions;

    public MailOutbox(MailTemplates templates, EntityManager entityManager, CurrentActor actor, Clock clock,
            MailSignal signal, TransactionSynchronizationRegistry transactions) {
        this.templates = templates;
        this.entityManager = entityManager;
        this.actor = actor;
        this.clock = clock;
        this.signal = signal;
        this.transactions = transactions;
    }

    /**
     * Queues a mail, rendered now in the recipient's language (what it says is what was true at the change). Mandatory
     * transaction, as for events. Returns false, writing nothing, when this cause already queued a mail to this
     * recipient: a retried command or a redelivered event does not mail twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean queue(MailRequest request) {
        RenderedMail mail = templates.render(request.template(), request.locale(), request.data());
        OffsetDateTime now = OffsetDateTime.now(clock);
        // insert ... on conflict do nothing: a concurrent duplicate (two deliveries of one event) cannot fail the
        // transaction of the other, as a unique violation would
        int inserted = entityManager.createNativeQuery("""
                insert into mail_outbox (cause, recipient, locale, template, subject, body_text, body_html, sensitive,
                    about_type, about_id, status, attempts, next_attempt_at, queued_at, queued_by, message_id)
                values (:cause, :recipient, :locale, :template, :subject, :text, :html, :sensitive,
                    :aboutType, :aboutId, 'QUEUED', 0, :now, :now, :queuedBy, :messageId)
                on conflict on constraint mail_outbox_once_per_cause do nothing""")
                .setParameter("cause", request.cause())
                .setParameter("recipient", request.recipient())
                .setParameter("locale", MailTemplates.languageTag(request.locale()))
                .setParameter("template", request.template())
                .setParameter("subject", mail.subject())
                .setParameter("text", mail.text())
                .setParameter("html", mail.html())
                .setParameter("sensitive", request.sensitive())
                .setParameter("aboutType", request.aboutType())
                .setParameter("aboutId", request.aboutId())
                .setParameter("now", now)
                .setParameter("queuedBy", actor.name())
                .setParameter("messageId", "<" + UUID.randomUUID() + "@accord>")
                .executeUpdate();
        if (inserted == 1) {
            // the relay sends it as soon as it is committed, not at its next poll
            transactions.registerInterposedSynchronization(signal.onCommit());
        }
        return inserted == 1;
    }
}
