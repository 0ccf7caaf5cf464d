package io.accord.review.messaging;

import io.accord.infra.events.EventEnvelope;
import io.accord.infra.events.MalformedEventException;
import io.accord.infra.inbox.EventHandlers;
import io.accord.infra.inbox.IncomingEvents;
import io.accord.requirements.events.RequirementEventTypes;
import io.accord.review.service.ReviewService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Opens reviews for submitted requirement revisions (topic {@code accord.requirements}) and lists the requirements'
 * attachments in their records ({@code requirement.attachment-added}). The topic's other events
 * (captured, confirmed, status changes, customers) neither open nor change reviews: they are acknowledged unread.
 */
@ApplicationScoped
public class RequirementEventsConsumer {

    public static final String CHANNEL = "requirement-events";

    private final IncomingEvents incoming;
    private final ReviewService reviews;
    private final EventHandlers handlers;

    public RequirementEventsConsumer(IncomingEvents incoming, ReviewService reviews) {
        this.incoming = incoming;
        this.reviews = reviews;
        this.handlers = EventHandlers.on(RequirementEventTypes.REQUIREMENT_SUBMITTED, this::submitted)
                .and(RequirementEventTypes.REQUIREMENT_AMENDED, this::amended)
                .and(RequirementEventTypes.REQUIREMENT_ATTACHMENT_ADDED, this::attachmentAdded);
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onRequirementEvent(ConsumerRecord<String, String> record) {
        incoming.apply(record, handlers);
    }

    private void submitted(EventEnvelope event) {
        reviews.open(complete(event, incoming.data(event, SubmittedRequirement.class)).toCommand());
    }

    private void amended(EventEnvelope event) {
        AmendedRequirement amended = incoming.data(event, AmendedRequirement.class);
        if (amended.changedPaths() == null) {
            throw new MalformedEventException(event.shortType() + " " + event.id() + " lacks changedPaths", null);
        }
        complete(event, amended.current());
        reviews.amended(amended.toCommand());
    }

    private void attachmentAdded(EventEnvelope event) {
        AddedAttachment added = incoming.data(event, AddedAttachment.class);
        if (added == null || added.ownerId() == null || added.attachmentId() == null || added.sha256() == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " lacks ownerId, attachmentId or sha256", null);
        }
        reviews.attachmentAdded(added.ownerId(), added.file());
    }

    private static SubmittedRequirement complete(EventEnvelope event, SubmittedRequirement facts) {
        if (facts == null || facts.requirementId() == null || facts.revision() == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " lacks requirementId or revision", null);
        }
        if (!facts.hasValue()) {
            // routing on a guessed value could send a large order through the simplified review: dead-letter it instead
            throw new MalformedEventException(event.type() + " " + event.id() + " has no totalValue that is a number", null);
        }
        return facts;
    }
}
