package io.accord.infra.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A mail written by the change that caused it, waiting for the relay, sent, or given up (table {@code mail_outbox}). */
@Entity
@Table(name = "mail_outbox")
public class QueuedMail extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String cause;

    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String locale;

    @Column(nullable = false)
    public String template;

    @Column(nullable = false)
    public String subject;

    @Column(name = "body_text")
    public String bodyText;

    @Column(name = "body_html")
    public String bodyHtml;

    @Column(nullable = false)
    public boolean sensitive;

    @Column(name = "about_type")
    public String aboutType;

    @Column(name = "about_id")
    public String aboutId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MailStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "queued_at", nullable = false)
    public OffsetDateTime queuedAt;

    @Column(name = "queued_by")
    public String queuedBy;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    @Column(name = "message_id", nullable = false)
    public String messageId;
}
