package io.accord.infra.mail;

import io.vertx.ext.mail.SMTPException;

import java.util.Set;

/**
 * Why a mail was not sent, and what that means for it. {@link Kind#REFUSED}: the SMTP server refused this mail for
 * good (5xx: no such mailbox, rejected content) or the address cannot be written in a mail at all: it is FAILED at
 * once. {@link Kind#DEFERRED}: the server refused it for now (4xx: mailbox busy, greylisted): it is tried again later.
 * {@link Kind#UNREACHABLE}: the server could not be reached or would not serve anyone (connection refused, timeout,
 * login refused, 421): every mail waits, none is failed for it until its own attempts or age run out.
 */
record SendFailure(Kind kind, String reason) {

    /** Replies about the session, not the mail: login and TLS refused, server closing. Not the recipient's fault. */
    private static final Set<Integer> SESSION_REPLIES = Set.of(421, 454, 530, 534, 535, 538);

    enum Kind { REFUSED, DEFERRED, UNREACHABLE }

    static SendFailure of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SMTPException smtp) {
                String message = oneLine(smtp.getReplyMessage());
                // the reply as the server wrote it ("550 5.1.1 No such user"), its code first
                String reason = "SMTP " + (message.startsWith(Integer.toString(smtp.getReplyCode())) ? message
                        : smtp.getReplyCode() + " " + message);
                if (SESSION_REPLIES.contains(smtp.getReplyCode())) {
                    return new SendFailure(Kind.UNREACHABLE, reason);
                }
                return new SendFailure(smtp.isPermanent() ? Kind.REFUSED : Kind.DEFERRED, reason);
            }
            if (cause instanceof IllegalArgumentException) {
                return new SendFailure(Kind.REFUSED, "malformed address or mail: " + oneLine(cause.getMessage()));
            }
        }
        // connection refused, unknown host, timeout, TLS handshake, connection lost: the server, not this mail
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new SendFailure(Kind.UNREACHABLE, "SMTP server not reachable: " + oneLine(root.toString()));
    }

    private static String oneLine(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return line.length() > 500 ? line.substring(0, 500) : line;
    }
}
