package io.accord.infra.customers;

import io.accord.requirements.events.CustomerRegistered;
import io.accord.testsupport.EventContracts;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code customer.registered} and {@code customer.updated} as requirements-service writes them (both carry its
 * requirements-events {@link CustomerRegistered}), read into the projection's model: which customer, its code and name,
 * and how to write to it (mail contact, language, survey opt-out).
 */
class CustomerEventsContractTest {

    @Test
    void aRegisteredOrUpdatedCustomerNamesItsIdCodeAndName() {
        UUID customer = UUID.fromString("0b8e5a3c-7c2e-4bd0-9f0e-6f1b1f0f6a11");
        CustomerRegistered registered = new CustomerRegistered(customer, "C-0042", "Hangzhou Pumps Co.", "wang@example.com",
                "Wang Wei", "zh-CN", true);

        assertEquals(new HeardCustomer(customer, "C-0042", "Hangzhou Pumps Co.", "wang@example.com", "Wang Wei", "zh-CN", true),
                EventContracts.read(registered, HeardCustomer.class));
    }
}
