package io.accord.infra.inbox;

import io.accord.infra.events.EventEnvelope;
import io.accord.infra.events.EventEnvelopes;
import io.accord.infra.events.MalformedEventException;
import io.accord.infra.errors.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;

import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/**
 * Entry point of every consumer. A transient failure (database briefly away) is retried in a fresh
 * transaction; a poison event (malformed, or refused by the domain) is rethrown, which nacks the record and
 * sends it to the channel's dead-letter topic without blocking the partition.
 */
@ApplicationScoped
public class IncomingEvents {

    private static final Logger LOG = Logger.getLogger(IncomingEvents.class);

    private final EventEnvelopes envelopes;
    private final EventApplier applier;

    public IncomingEvents(EventEnvelopes envelopes, EventApplier applier) {
        this.envelopes = envelopes;
        this.applier = applier;
    }

    @Retry(maxRetries = 20, delay = 500, maxDuration = 60, durationUnit = ChronoUnit.SECONDS,
            abortOn = {MalformedEventException.class, DomainException.class})
    public void apply(String record, Consumer<EventEnvelope> handler) {
        EventEnvelope event = envelopes.parse(record);
        if (!applier.applyOnce(event, handler)) {
            LOG.debugf("event %s (%s) already applied; redelivery ignored", event.id(), event.type());
        }
    }

    public <T> T data(EventEnvelope event, Class<T> type) {
        return envelopes.dataAs(event, type);
    }
}
