package io.accord.requirements.messaging;

import io.accord.infra.events.EventEnvelope;
import io.accord.infra.events.MalformedEventException;
import io.accord.infra.inbox.EventHandlers;
import io.accord.infra.inbox.IncomingEvents;
import io.accord.requirements.RequirementStatus;
import io.accord.requirements.service.ReviewOutcomes;
import io.accord.review.events.ReviewEventTypes;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Moves requirement records as their reviews open and are decided (topic {@code accord.reviews}). Other review events
 * (opinions, consolidation, overdue tasks) do not concern the requirement record: they are acknowledged unread.
 */
@ApplicationScoped
public class ReviewEventsConsumer {

    public static final String CHANNEL = "review-events";

    private final IncomingEvents incoming;
    private final ReviewOutcomes outcomes;
    private final EventHandlers handlers;

    public ReviewEventsConsumer(IncomingEvents incoming, ReviewOutcomes outcomes) {
        this.incoming = incoming;
        this.outcomes = outcomes;
        this.handlers = EventHandlers.on(ReviewEventTypes.OPENED, this::opened)
                .and(ReviewEventTypes.APPROVED, event -> decided(event, RequirementStatus.ACCEPTED))
                .and(ReviewEventTypes.REJECTED, event -> decided(event, RequirementStatus.REJECTED))
                .and(ReviewEventTypes.CLARIFICATION_REQUIRED,
                        event -> decided(event, RequirementStatus.CLARIFICATION_REQUESTED));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onReviewEvent(ConsumerRecord<String, String> record) {
        incoming.apply(record, handlers);
    }

    private void opened(EventEnvelope event) {
        ReviewEvent data = requirement(event);
        outcomes.reviewOpened(data.requirementId(), data.requirementRevision(), data.reviewId());
    }

    private void decided(EventEnvelope event, RequirementStatus outcome) {
        ReviewEvent data = requirement(event);
        outcomes.reviewDecided(data.requirementId(), data.requirementRevision(), data.reviewId(), outcome);
    }

    private ReviewEvent requirement(EventEnvelope event) {
        ReviewEvent data = incoming.data(event, ReviewEvent.class);
        if (data.requirementId() == null || data.requirementRevision() == null || data.reviewId() == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " lacks reviewId, requirementId or requirementRevision", null);
        }
        return data;
    }
}
