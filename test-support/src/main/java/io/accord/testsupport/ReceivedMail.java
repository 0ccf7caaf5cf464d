package io.accord.testsupport;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A mail as the SMTP server received it, decoded: who it is to, its subject, its plain text and HTML bodies (null when
 * it has none), its {@code Message-ID} header.
 */
public record ReceivedMail(Instant receivedAt, String from, List<String> to, String subject, String messageId,
        String text, String html) {

    static ReceivedMail of(MimeMessage message) {
        try {
            // GreenMail stamps what it received; a plain message has only the date its sender wrote
            Instant receivedAt = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
                    : message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.now();
            Bodies bodies = new Bodies();
            bodies.read(message);
            return new ReceivedMail(receivedAt,
                    message.getFrom() == null ? null : message.getFrom()[0].toString(),
                    message.getRecipients(Message.RecipientType.TO) == null ? List.of()
                            : Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList(),
                    message.getSubject(), message.getMessageID(), bodies.text, bodies.html);
        } catch (MessagingException e) {
            throw new IllegalStateException("unreadable mail: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first text/plain and text/html parts, however deep in multipart/alternative or mixed. */
    private static final class Bodies {
        String text;
        String html;

        void read(Part part) throws MessagingException, IOException {
            if (part.isMimeType("text/plain") && text == null) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html") && html == null) {
                html = (String) part.getContent();
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    read(body);
                }
            }
        }
    }
}
