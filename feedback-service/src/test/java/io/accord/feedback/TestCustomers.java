package io.accord.feedback;

import io.accord.infra.customers.KnownCustomers;
import io.quarkus.arc.Arc;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Customers this service has heard of, made known as requirements-service's {@code customer.registered} makes them
 * ({@link KnownCustomers#heard} is what that event's handler calls), for tests about something else than the event.
 */
public final class TestCustomers {

    private TestCustomers() {
    }

    /** A new customer, known here. */
    public static UUID registered() {
        UUID id = UUID.randomUUID();
        Arc.container().instance(KnownCustomers.class).get().heard(id, "C-" + id.toString().substring(0, 8), "Customer " + id,
                OffsetDateTime.now(Arc.container().instance(Clock.class).get()));
        return id;
    }
}
