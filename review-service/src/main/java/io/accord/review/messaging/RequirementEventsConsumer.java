package io.accord.review.messaging;

import io.accord.infra.events.EventEnvelope;
import io.accord.infra.events.MalformedEventException;
import io.accord.infra.inbox.IncomingEvents;
import io.accord.requirements.events.RequirementEventTypes;
import io.accord.review.service.ReviewService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Opens reviews for submitted requirement revisions (topic {@code accord.requirements}). */
@ApplicationScoped
public class RequirementEventsConsumer {

    public static final String CHANNEL = "requirement-events";

    private final IncomingEvents incoming;
    private final ReviewService reviews;

    public RequirementEventsConsumer(IncomingEvents incoming, ReviewService reviews) {
        this.incoming = incoming;
        this.reviews = reviews;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onRequirementEvent(ConsumerRecord<String, String> record) {
        incoming.apply(record, this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.shortType()) {
            case RequirementEventTypes.REQUIREMENT_SUBMITTED ->
                    reviews.open(complete(event, incoming.data(event, SubmittedRequirement.class)).toCommand());
            case RequirementEventTypes.REQUIREMENT_AMENDED -> {
                AmendedRequirement amended = incoming.data(event, AmendedRequirement.class);
                if (amended.changedPaths() == null) {
                    throw new MalformedEventException(event.shortType() + " " + event.id() + " lacks changedPaths", null);
                }
                complete(event, amended.current());
                reviews.amended(amended.toCommand());
            }
            default -> {
                // other requirement events (captured, confirmed, status changes) do not open or change reviews
            }
        }
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
