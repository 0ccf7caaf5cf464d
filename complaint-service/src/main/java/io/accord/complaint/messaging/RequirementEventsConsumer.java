package io.accord.complaint.messaging;

import io.accord.infra.customers.CustomerEvents;
import io.accord.infra.inbox.EventHandlers;
import io.accord.infra.inbox.IncomingEvents;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * requirements-service's events: {@code customer.registered} and {@code customer.updated} keep the customers complaints
 * are accepted for (accord-messaging's {@link CustomerEvents}). The topic's other events are acknowledged unread; a
 * handler for one of them joins these here ({@code .and(…)}), as the channel has one consumer.
 */
@ApplicationScoped
public class RequirementEventsConsumer {

    public static final String CHANNEL = "requirement-events";

    private final IncomingEvents incoming;
    private final EventHandlers handlers;

    public RequirementEventsConsumer(IncomingEvents incoming, CustomerEvents customers) {
        this.incoming = incoming;
        this.handlers = customers.handlers();
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onRequirementEvent(ConsumerRecord<String, String> record) {
        incoming.apply(record, handlers);
    }
}
