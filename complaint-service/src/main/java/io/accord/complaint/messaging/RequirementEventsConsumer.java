package io.accord.complaint.messaging;

import io.accord.complaint.ComplaintCategory;
import io.accord.complaint.service.ComplaintService;
import io.accord.infra.events.EventEnvelope;
import io.accord.infra.events.MalformedEventException;
import io.accord.infra.inbox.EventHandlers;
import io.accord.infra.inbox.IncomingEvents;
import io.accord.requirements.events.RequirementEventTypes;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.stream.Collectors;

/**
 * A delivery the customer refused at acceptance ({@code requirement.delivery-rejected}) opens a complaint naming the
 * requirement and the delivery, once per delivery: the inbox drops a redelivered event and the complaint's unique
 * (requirement, delivery) stops a second one anyway. The topic's other events are acknowledged unread.
 */
@ApplicationScoped
public class RequirementEventsConsumer {

    public static final String CHANNEL = "requirement-events";

    private final IncomingEvents incoming;
    private final ComplaintService complaints;
    private final EventHandlers handlers;

    public RequirementEventsConsumer(IncomingEvents incoming, ComplaintService complaints) {
        this.incoming = incoming;
        this.complaints = complaints;
        this.handlers = EventHandlers.on(RequirementEventTypes.DELIVERY_REJECTED, this::deliveryRejected);
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onRequirementEvent(ConsumerRecord<String, String> record) {
        incoming.apply(record, handlers);
    }

    private void deliveryRejected(EventEnvelope event) {
        RejectedDelivery rejected = incoming.data(event, RejectedDelivery.class);
        if (rejected.requirementId() == null || rejected.customerId() == null || rejected.deliveryNumber() == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " lacks requirementId, customerId or deliveryNumber",
                    null);
        }
        complaints.openFromRejectedDelivery(rejected.requirementId(), rejected.deliveryNumber(), rejected.customerId(),
                ComplaintCategory.ofFeedbackCategory(rejected.category()), description(rejected), rejected.orderRef(),
                productCode(rejected));
    }

    /** The customer's reason, and what was refused: the people handling the complaint read nothing else first. */
    private static String description(RejectedDelivery rejected) {
        String lines = rejected.lines() == null ? "" : rejected.lines().stream()
                .map(l -> l.quantity().stripTrailingZeros().toPlainString() + " × " + l.productCode()).collect(Collectors.joining(", "));
        return "Delivery " + rejected.deliveryNumber() + (rejected.reference() == null ? "" : " (" + rejected.reference() + ")")
                + " of " + (rejected.title() == null ? "requirement " + rejected.requirementId() : rejected.title())
                + " refused at acceptance" + (lines.isEmpty() ? "" : " [" + lines + "]") + ": " + rejected.reason();
    }

    /** A delivery of one product names it; one of several leaves the complaint's product open. */
    private static String productCode(RejectedDelivery rejected) {
        return rejected.lines() != null && rejected.lines().size() == 1 ? rejected.lines().get(0).productCode() : null;
    }
}
