package io.accord.infra.customers;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.accord.infra.i18n.Locales;
import io.accord.infra.mail.MailRequest;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * What the projection reads of {@code customer.registered} / {@code customer.updated} (and of a customer's view):
 * which customer, its code and name, and how to write to it: the address and name of the contact who receives mail
 * (null: none has an address), its language ({@code zh-CN}, {@code en}; null: the default) and whether it opted out of
 * surveys (null, from an event older than issue 14: not).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HeardCustomer(UUID customerId, String code, String name, String email, String contactName,
        String language, Boolean surveysOptOut) {

    public HeardCustomer(UUID customerId, String code, String name) {
        this(customerId, code, name, null, null, null, null);
    }

    public boolean hasMail() {
        return email != null && !email.isBlank();
    }

    public boolean optedOutOfSurveys() {
        return Boolean.TRUE.equals(surveysOptOut);
    }

    /** The language mails to this customer are written in; {@code ACCORD_DEFAULT_LOCALE} when it has none. */
    public Locale locale() {
        return language == null ? Locales.defaultLocale() : Locales.resolve(language);
    }

    /** Whom a mail greets: the contact's name, or the customer's. */
    public String greetingName() {
        return contactName == null || contactName.isBlank() ? name : contactName;
    }

    /**
     * A mail to this customer's mail contact, in its language, greeting it by name ({@code customerName} in the
     * template); empty when the customer has no address, which the caller records rather than drops.
     */
    public Optional<MailRequest.Builder> mail(String template, String cause) {
        return hasMail() ? Optional.of(MailRequest.of(template, cause, email).locale(locale())
                .data("customerName", greetingName())) : Optional.empty();
    }
}
