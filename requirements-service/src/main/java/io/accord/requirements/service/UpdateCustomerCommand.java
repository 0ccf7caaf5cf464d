package io.accord.requirements.service;

import io.accord.requirements.Customer;

import java.util.List;

/**
 * Change a customer's name, contacts, language or survey opt-out; an absent (null) field stays as it is. The history
 * records it as given.
 */
public record UpdateCustomerCommand(String name, List<Customer.Contact> contacts, String language, Boolean surveysOptOut) {
}
