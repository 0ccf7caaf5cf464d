package io.accord.infra.mail;

/** Where a queued mail stands: waiting or retrying, handed to the SMTP server, or given up with a reason. */
public enum MailStatus {
    QUEUED,
    SENT,
    FAILED
}
