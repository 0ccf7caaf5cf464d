package io.accord.requirements.events;

import io.accord.infra.outbox.EventOutbox;
import io.accord.requirements.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** Test-only: a state change and its event in one transaction that then fails. */
@ApplicationScoped
public class RollbackProbe {

    private final EventOutbox outbox;
    private final Clock clock;

    public RollbackProbe(EventOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public void registerThenFail(String code) {
        Customer customer = Customer.register(code, "doomed", List.of(), OffsetDateTime.now(clock));
        customer.persist();
        outbox.append(Customer.AGGREGATE, customer.id, null, RequirementEventTypes.CUSTOMER_REGISTERED,
                new CustomerRegistered(customer.id, code, "doomed"));
        throw new IllegalStateException("simulated failure after the event was written");
    }

}
