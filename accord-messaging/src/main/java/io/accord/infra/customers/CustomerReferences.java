package io.accord.infra.customers;

import io.accord.infra.errors.DependencyUnavailableException;
import io.accord.infra.errors.UnknownReferenceException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The check every use case that takes a {@code customerId} from a person makes: the customer exists. Known customers
 * ({@link KnownCustomers}, from requirements-service's events) pass at the cost of one indexed read. A customer not
 * heard of may have been registered a moment ago, its event still on the way: requirements-service, which owns
 * customers, is asked ({@link CustomerLookup}) and its answer is kept. No such customer is a 422 naming
 * {@code customerId}; requirements-service unreachable is a 503 with Retry-After (the reference cannot be checked now,
 * which is not the same as wrong).
 */
@ApplicationScoped
public class CustomerReferences {

    public static final String FIELD = "customerId";
    private static final Logger LOG = Logger.getLogger(CustomerReferences.class);

    private final KnownCustomers known;
    private final CustomerLookup lookup;
    private final Clock clock;

    public CustomerReferences(KnownCustomers known, CustomerLookup lookup, Clock clock) {
        this.known = known;
        this.lookup = lookup;
        this.clock = clock;
    }

    public void requireExists(UUID customerId) {
        if (known.knows(customerId)) {
            return;
        }
        heardFromRequirements(customerId);
    }

    /**
     * The customer with how to write to it (a mail to send): as known here, else as requirements-service answers (kept,
     * as for {@link #requireExists}). Same answers as {@link #requireExists} when it cannot be found or checked.
     */
    public HeardCustomer require(UUID customerId) {
        return known.find(customerId).orElseGet(() -> heardFromRequirements(customerId));
    }

    private HeardCustomer heardFromRequirements(UUID customerId) {
        Optional<HeardCustomer> found;
        try {
            found = lookup.find(customerId);
        } catch (CustomerLookup.Unavailable | CircuitBreakerOpenException e) {
            LOG.warnf("customer %s is not known here and cannot be checked: %s", customerId, e.getMessage());
            throw new DependencyUnavailableException("the customer cannot be checked right now; retry later");
        }
        HeardCustomer customer = found.orElseThrow(() -> new UnknownReferenceException(FIELD, "no customer " + customerId
                + " is registered; register it first"));
        // as of now: whatever requirements-service answered is at least as new as any event still on its way
        known.heard(customer, OffsetDateTime.now(clock));
        return customer;
    }
}
