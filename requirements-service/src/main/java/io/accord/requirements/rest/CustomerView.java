package io.accord.requirements.rest;

import io.accord.requirements.Customer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record CustomerView(UUID id, String code, String name, List<Customer.Contact> contacts, boolean newCustomer,
        OffsetDateTime createdAt, long version) {

    public static CustomerView of(Customer c) {
        return new CustomerView(c.id, c.code, c.name, c.contacts, c.isNewCustomer(), c.createdAt, c.version);
    }
}
