package io.accord.requirements.events;

import java.util.UUID;

/**
 * {@code customer.registered} and {@code customer.updated}: the customer as it now is, with what other services need to
 * write to it (issue 14, additive): {@code email} and {@code contactName} of the contact who receives mail (null when
 * no contact has an address), {@code language} ({@code zh-CN} or {@code en}) and {@code surveysOptOut}.
 */
public record CustomerRegistered(UUID customerId, String code, String name, String email, String contactName,
        String language, boolean surveysOptOut) {

    /** A customer without a mail address, in the given language. */
    public CustomerRegistered(UUID customerId, String code, String name) {
        this(customerId, code, name, null, null, null, false);
    }
}
