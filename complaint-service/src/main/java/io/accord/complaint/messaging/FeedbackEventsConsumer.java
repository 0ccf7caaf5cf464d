package io.accord.complaint.messaging;

import io.accord.complaint.ComplaintCategory;
import io.accord.complaint.ComplaintSeverity;
import io.accord.complaint.service.ComplaintService;
import io.accord.feedback.events.FeedbackEventTypes;
import io.accord.infra.events.EventEnvelope;
import io.accord.infra.events.MalformedEventException;
import io.accord.infra.i18n.Locales;
import io.accord.infra.i18n.Text;
import io.accord.infra.inbox.EventHandlers;
import io.accord.infra.inbox.IncomingEvents;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Negative feedback becomes a complaint (PROCESS.md §4: {@code feedback.escalated}), once per feedback: the inbox
 * drops a redelivered event and the complaint's unique {@code sourceFeedbackId} stops a second one anyway. Other
 * feedback events (received, surveys) do not open complaints: they are acknowledged unread.
 */
@ApplicationScoped
public class FeedbackEventsConsumer {

    public static final String CHANNEL = "feedback-events";

    private final IncomingEvents incoming;
    private final ComplaintService complaints;
    private final EventHandlers handlers;

    public FeedbackEventsConsumer(IncomingEvents incoming, ComplaintService complaints) {
        this.incoming = incoming;
        this.complaints = complaints;
        this.handlers = EventHandlers.on(FeedbackEventTypes.ESCALATED, this::escalated);
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onFeedbackEvent(ConsumerRecord<String, String> record) {
        incoming.apply(record, handlers);
    }

    private void escalated(EventEnvelope event) {
        EscalatedFeedback feedback = incoming.data(event, EscalatedFeedback.class);
        if (feedback.feedbackId() == null || feedback.customerId() == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " lacks feedbackId or customerId", null);
        }
        // stored with the complaint, so in the configured default language: no reader is asking yet
        String description = feedback.text() == null || feedback.text().isBlank()
                ? Text.of("complaint.from-feedback", feedback.rating()).in(Locales.defaultLocale()) : feedback.text();
        complaints.openFromFeedback(feedback.feedbackId(), feedback.customerId(),
                ComplaintCategory.ofFeedbackCategory(feedback.category()), ComplaintSeverity.ofEscalatedRating(feedback.rating()),
                description, feedback.orderRef());
    }
}
