package io.accord.requirements;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A customer stays new (a full review for its orders) until its first order is accepted; its code never changes. */
class CustomerTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T09:00:00Z");

    @Test
    void aRegisteredCustomerIsNewUntilAnOrderIsAccepted() {
        Customer customer = Customer.register("ACME-01", "Acme Pumps", null, "en", false, NOW);
        assertTrue(customer.isNewCustomer());
        assertEquals(List.of(), customer.contacts);

        customer.orderAccepted(NOW.plusDays(3));
        assertFalse(customer.isNewCustomer());
        assertEquals(NOW.plusDays(3), customer.firstAcceptedAt);
    }

    @Test
    void theFirstAcceptedOrderIsRememberedNotTheLatest() {
        Customer customer = Customer.register("ACME-01", "Acme Pumps", null, "en", false, NOW);
        customer.orderAccepted(NOW.plusDays(3));

        customer.orderAccepted(NOW.plusDays(9));

        assertEquals(NOW.plusDays(3), customer.firstAcceptedAt);
    }

    @Test
    void theContactsAreTheCustomersOwnCopy() {
        List<Customer.Contact> contacts = new ArrayList<>(List.of(new Customer.Contact("Wang Wei", "buyer", "wang@example.com", null)));
        Customer customer = Customer.register("ACME-01", "Acme Pumps", contacts, "en", false, NOW);

        contacts.clear();

        assertEquals(1, customer.contacts.size());
    }

    @Test
    void anUpdateChangesWhatItNamesAndKeepsTheRest() {
        Customer customer = Customer.register("ACME-01", "Acme Pumps", List.of(new Customer.Contact("Wang Wei", null, null, null)), "en", false, NOW);

        customer.update(new Customer.Update("Acme Pumps (Wuxi) Ltd", null, null, null));
        assertEquals("Acme Pumps (Wuxi) Ltd", customer.name);
        assertEquals(List.of(new Customer.Contact("Wang Wei", null, null, null)), customer.contacts);

        customer.update(new Customer.Update(null, List.of(), null, null));
        assertEquals("Acme Pumps (Wuxi) Ltd", customer.name);
        assertEquals(List.of(), customer.contacts);
        assertEquals("ACME-01", customer.code);
    }

    @Test
    void mailGoesToTheFirstContactWithAnAddressInTheCustomersLanguage() {
        Customer customer = Customer.register("ACME-01", "Acme Pumps", List.of(new Customer.Contact("Zhao Lei", "sales", null, "123"),
                new Customer.Contact("Wang Wei", "buyer", "wang@example.com", null),
                new Customer.Contact("Li Na", "quality", "li@example.com", null)), "zh-CN", false, NOW);

        assertEquals("wang@example.com", customer.mailContact().orElseThrow().email());
        assertEquals("zh-CN", customer.mailLanguage());

        customer.update(new Customer.Update(null, List.of(new Customer.Contact("Zhao Lei", "sales", null, "123")), "en", true));
        assertTrue(customer.mailContact().isEmpty());
        assertEquals("en", customer.mailLanguage());
        assertTrue(customer.surveysOptOut);
    }
}
