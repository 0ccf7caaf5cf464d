package io.accord.requirements.service;

import io.accord.requirements.Customer;

import java.util.List;

/**
 * Register a customer in the archive under a code of its own; {@code contacts} may be absent, {@code language}
 * ({@code zh-CN}, {@code en}) too (the default language then).
 */
public record RegisterCustomerCommand(String code, String name, List<Customer.Contact> contacts, String language,
        boolean surveysOptOut) {
}
