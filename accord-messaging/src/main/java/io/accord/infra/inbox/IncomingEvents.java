package io.accord.infra.inbox;

import io.accord.infra.events.EventEnvelope;
import io.accord.infra.events.EventEnvelopes;
import io.accord.infra.events.EventOwners;
import io.accord.infra.events.ForeignEventException;
import io.accord.infra.events.MalformedEventException;
import io.accord.infra.errors.DomainException;
import io.accord.infra.tracing.EventTrace;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Entry point of every consumer. An event is checked at the door: only the service that owns the record's topic may
 * have sent it, under a type of its own ({@link EventOwners}); anything else is refused before the inbox or any
 * handler sees it. An admitted event of a type the consumer has no handler for ({@link EventHandlers}) is then
 * acknowledged as it is: no transaction, no inbox row, only a count ({@link IgnoredEvents}). A transient failure (database briefly away) is retried in a fresh transaction; a poison event
 * (malformed, foreign, or refused by the domain) is rethrown, which nacks the record and sends it to the channel's
 * dead-letter topic, the exception's message in its {@code dead-letter-reason} header, without blocking the partition.
 * A handled event is applied in a span of its own ({@code <topic> process}) whose parent is the trace context the
 * event carries ({@link EventTrace}: its {@code traceparent} header, else its envelope's extension), so the work, its
 * log lines and the events it writes belong to the trace of the request that caused the event.
 */
@ApplicationScoped
public class IncomingEvents {

    private static final Logger LOG = Logger.getLogger(IncomingEvents.class);

    private final EventEnvelopes envelopes;
    private final EventApplier applier;
    private final IgnoredEvents ignored;
    private final Tracer tracer;

    public IncomingEvents(EventEnvelopes envelopes, EventApplier applier, IgnoredEvents ignored, Tracer tracer) {
        this.envelopes = envelopes;
        this.applier = applier;
        this.ignored = ignored;
        this.tracer = tracer;
    }

    /** The record itself, not just its value: the topic it was read from decides whose events are accepted. */
    @Retry(maxRetries = 20, delay = 500, maxDuration = 60, durationUnit = ChronoUnit.SECONDS,
            abortOn = {MalformedEventException.class, DomainException.class})
    public void apply(ConsumerRecord<String, String> record, EventHandlers handlers) {
        EventEnvelope event = envelopes.parse(record.value());
        EventOwners.refusal(record.topic(), event.source(), event.type()).ifPresent(reason -> {
            // someone who can write to the broker tried to speak for another service: worth a warning, not just a DLQ row
            LOG.warnf("event %s at %s-%d@%d: %s", event.id(), record.topic(), record.partition(), record.offset(), reason);
            throw new ForeignEventException(reason);
        });
        Optional<Consumer<EventEnvelope>> handler = handlers.of(event);
        if (handler.isEmpty()) {
            ignored.count(event);
            LOG.tracef("event %s (%s) has no handler here; acknowledged", event.id(), event.type());
            return;
        }
        Span span = span(record, event);
        try (Scope scope = span.makeCurrent()) {
            if (!applier.applyOnce(event, handler.get())) {
                LOG.debugf("event %s (%s) already applied; redelivery ignored", event.id(), event.type());
            }
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    /** The consumer's span, a child of the span that wrote the event (OpenTelemetry's messaging conventions). */
    private Span span(ConsumerRecord<String, String> record, EventEnvelope event) {
        EventTrace trace = EventTrace.of(record.headers()).or(new EventTrace(event.traceparent(), event.tracestate()));
        return tracer.spanBuilder(record.topic() + " process")
                .setParent(trace.parent())
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.destination.partition.id", Integer.toString(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("messaging.message.id", event.id())
                .setAttribute("cloudevents.event_type", event.type())
                .startSpan();
    }

    public <T> T data(EventEnvelope event, Class<T> type) {
        return envelopes.dataAs(event, type);
    }
}
