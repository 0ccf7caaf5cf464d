package io.accord.review.messaging;

import io.accord.infra.events.EventEnvelope;
import io.accord.infra.events.MalformedEventException;
import io.accord.infra.inbox.IncomingEvents;
import io.accord.review.service.ReviewService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
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
    public void onRequirementEvent(String record) {
        incoming.apply(record, this::apply);
    }

    private void apply(EventEnvelope event) {
        if ("accord.requirement.submitted".equals(event.type())) {
            RequirementSubmitted submitted = incoming.data(event, RequirementSubmitted.class);
            if (submitted.requirementId() == null || submitted.revision() == null) {
                throw new MalformedEventException("requirement.submitted " + event.id() + " lacks requirementId or revision", null);
            }
            reviews.open(submitted);
        }
        // other requirement events (captured, status changes) do not open or change reviews
    }
}
