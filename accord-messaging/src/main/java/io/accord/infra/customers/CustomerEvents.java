package io.accord.infra.customers;

import io.accord.infra.events.EventEnvelope;
import io.accord.infra.events.MalformedEventException;
import io.accord.infra.inbox.EventHandlers;
import io.accord.infra.inbox.IncomingEvents;
import io.accord.requirements.events.RequirementEventTypes;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The handlers that keep {@link KnownCustomers} current: {@code customer.registered} and {@code customer.updated} of
 * requirements-service. A service adds them to the consumer of its {@code accord.requirements} channel
 * ({@code EventHandlers.on(…).and(customerEvents.handlers())}), so the projection's consumer logic exists once.
 */
@ApplicationScoped
public class CustomerEvents {

    private final IncomingEvents incoming;
    private final KnownCustomers customers;

    public CustomerEvents(IncomingEvents incoming, KnownCustomers customers) {
        this.incoming = incoming;
        this.customers = customers;
    }

    public EventHandlers handlers() {
        return EventHandlers.on(RequirementEventTypes.CUSTOMER_REGISTERED, this::heard)
                .and(RequirementEventTypes.CUSTOMER_UPDATED, this::heard);
    }

    private void heard(EventEnvelope event) {
        HeardCustomer customer = incoming.data(event, HeardCustomer.class);
        if (customer.customerId() == null || customer.code() == null || customer.name() == null || event.time() == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " lacks the customer's id, code, name or time", null);
        }
        customers.heard(customer, event.time());
    }
}
