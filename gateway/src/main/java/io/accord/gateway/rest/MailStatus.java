package io.accord.gateway.rest;

/**
 * A mail's status as the services list it (accord-messaging's MailStatus, which the gateway does not depend on): its
 * label comes from the same bundle keys ({@code label.MailStatus.*}).
 */
public enum MailStatus {
    QUEUED,
    SENT,
    FAILED
}
