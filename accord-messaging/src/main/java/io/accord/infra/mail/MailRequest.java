package io.accord.infra.mail;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A mail a use case wants sent: to whom, why, in which language, from which template and with what data.
 *
 * @param cause      a stable name of what made the mail necessary ({@code "complaint-acknowledged:<id>"}): the outbox
 *                   keeps one mail per cause and recipient, so a retried command or a redelivered event sends nothing twice
 * @param recipient  the address
 * @param locale     the recipient's language (the customer's or department's); templates exist in zh-CN and en
 * @param template   the template's name: {@code templates/mail/<language tag>/<template>.txt} (fragments {@code subject}
 *                   and {@code body}) and, optionally, {@code .html} beside it for an HTML alternative
 * @param data       the template's data: strings, numbers, booleans, maps and lists of them
 * @param aboutType  the kind of record it is about (shown in the notifications list), may be null
 * @param aboutId    that record's id, may be null
 * @param sensitive  it carries a secret (a one-time link): its bodies are cleared once it is sent or has failed, and
 *                   never shown
 */
public record MailRequest(String cause, String recipient, Locale locale, String template, Map<String, Object> data,
        String aboutType, String aboutId, boolean sensitive) {

    public MailRequest {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(template, "template");
        locale = locale == null ? Locale.ENGLISH : locale;
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    /** Starts a mail of a template to a recipient for a cause. */
    public static Builder of(String template, String cause, String recipient) {
        return new Builder(template, cause, recipient);
    }

    public static final class Builder {
        private final String template;
        private final String cause;
        private final String recipient;
        private Locale locale;
        private final Map<String, Object> data = new LinkedHashMap<>();
        private String aboutType;
        private String aboutId;
        private boolean sensitive;

        private Builder(String template, String cause, String recipient) {
            this.template = template;
            this.cause = cause;
            this.recipient = recipient;
        }

        public Builder locale(Locale value) {
            locale = value;
            return this;
        }

        public Builder data(String key, Object value) {
            data.put(key, value);
            return this;
        }

        public Builder about(String type, Object id) {
            aboutType = type;
            aboutId = id == null ? null : id.toString();
            return this;
        }

        public Builder sensitive() {
            sensitive = true;
            return this;
        }

        public MailRequest build() {
            return new MailRequest(cause, recipient, locale, template, data, aboutType, aboutId, sensitive);
        }
    }
}
