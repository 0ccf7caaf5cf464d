package io.accord.requirements.rest;

import io.accord.requirements.Customer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A customer; {@code mailTo} is the contact who receives its mail (the first with an e-mail; null: none has one),
 * {@code language} the language of its mail.
 */
public record CustomerView(UUID id, String code, String name, List<Customer.Contact> contacts, String language,
        boolean surveysOptOut, Customer.Contact mailTo, boolean newCustomer, OffsetDateTime createdAt, long version) {

    /** The languages a customer's mail can be written in. */
    static final String LANGUAGES = "zh-CN|en";

    public static CustomerView of(Customer c) {
        return new CustomerView(c.id, c.code, c.name, c.contacts, c.mailLanguage(), c.surveysOptOut,
                c.mailContact().orElse(null), c.isNewCustomer(), c.createdAt, c.version);
    }
}
