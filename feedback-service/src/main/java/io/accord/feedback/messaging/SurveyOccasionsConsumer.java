package io.accord.feedback.messaging;

import io.accord.complaint.events.ComplaintEventTypes;
import io.accord.feedback.SurveyPurpose;
import io.accord.feedback.service.SurveyService;
import io.accord.infra.customers.CustomerEvents;
import io.accord.infra.events.EventEnvelope;
import io.accord.infra.events.MalformedEventException;
import io.accord.infra.inbox.EventHandlers;
import io.accord.infra.inbox.IncomingEvents;
import io.accord.requirements.events.RequirementEventTypes;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.UUID;

/**
 * PROCESS.md §4: a delivered order ({@code requirement.delivered}) and a closed complaint ({@code complaint.closed})
 * each send the customer a satisfaction survey invitation — the newest survey of purpose {@code DELIVERY} or
 * {@code COMPLAINT_HANDLING}. Once per occasion: the inbox drops redeliveries, and an occasion already invited is
 * not invited again. The topics' other events are acknowledged unread.
 */
@ApplicationScoped
public class SurveyOccasionsConsumer {

    public static final String REQUIREMENTS = "requirement-events";
    public static final String COMPLAINTS = "complaint-events";

    private final IncomingEvents incoming;
    private final SurveyService surveys;
    private final EventHandlers requirementEvents;
    private final EventHandlers complaintEvents;

    public SurveyOccasionsConsumer(IncomingEvents incoming, SurveyService surveys, CustomerEvents customers) {
        this.incoming = incoming;
        this.surveys = surveys;
        // and the customers feedback is accepted for (customer.registered / customer.updated), on the same channel
        this.requirementEvents = EventHandlers.on(RequirementEventTypes.REQUIREMENT_DELIVERED, this::delivered)
                .and(customers.handlers());
        this.complaintEvents = EventHandlers.on(ComplaintEventTypes.CLOSED, this::closed);
    }

    @Incoming(REQUIREMENTS)
    @Blocking
    public void onRequirementEvent(ConsumerRecord<String, String> record) {
        incoming.apply(record, requirementEvents);
    }

    @Incoming(COMPLAINTS)
    @Blocking
    public void onComplaintEvent(ConsumerRecord<String, String> record) {
        incoming.apply(record, complaintEvents);
    }

    private void delivered(EventEnvelope event) {
        DeliveredRequirement data = incoming.data(event, DeliveredRequirement.class);
        surveys.inviteOnOccasion(SurveyPurpose.DELIVERY, require(event, data.customerId()),
                "requirement:" + require(event, data.requirementId()));
    }

    private void closed(EventEnvelope event) {
        ClosedComplaint data = incoming.data(event, ClosedComplaint.class);
        surveys.inviteOnOccasion(SurveyPurpose.COMPLAINT_HANDLING, require(event, data.customerId()),
                "complaint:" + require(event, data.complaintId()));
    }

    private static UUID require(EventEnvelope event, UUID value) {
        if (value == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " lacks the ids it must carry", null);
        }
        return value;
    }
}
