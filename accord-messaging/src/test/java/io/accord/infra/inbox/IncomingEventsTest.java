package io.accord.infra.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.infra.events.EventEnvelope;
import io.accord.infra.events.EventEnvelopes;
import io.accord.infra.events.ForeignEventException;
import io.accord.infra.events.MalformedEventException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The door of every consumer, without a database: what reaches the inbox ({@link EventApplier}) and what is only
 * counted. A type the consumer does not handle costs no inbox claim, but the envelope and ownership checks come
 * first, so a forged or unreadable event is refused (dead-lettered) whether or not anyone handles its type.
 */
class IncomingEventsTest {

    static final String TOPIC = "accord.requirements";
    static final String SOURCE = "/accord/requirements-service";

    final List<String> claimed = new ArrayList<>();
    final List<String> handled = new ArrayList<>();
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    /** The OpenTelemetry SDK as the apps run it (here sampling every trace), so the spans are real ones. */
    final SdkTracerProvider tracing = SdkTracerProvider.builder().build();
    final IncomingEvents incoming = new IncomingEvents(new EventEnvelopes(new ObjectMapper().findAndRegisterModules()),
            new RecordingApplier(), new IgnoredEvents(registry), tracing.get("test"));
    final List<ReadableSpan> handledIn = new ArrayList<>();
    final EventHandlers handlers = EventHandlers.on("requirement.submitted", e -> {
        handled.add(e.id());
        handledIn.add((ReadableSpan) Span.current());
    });

    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String WRITER_SPAN_ID = "00f067aa0ba902b7";
    static final String TRACEPARENT = "00-" + TRACE_ID + "-" + WRITER_SPAN_ID + "-01";

    @Test
    void aHandledTypeIsClaimedInTheInboxAndHandled() {
        incoming.apply(record(TOPIC, SOURCE, "accord.requirement.submitted", "e1"), handlers);

        assertEquals(List.of("e1"), claimed);
        assertEquals(List.of("e1"), handled);
        assertNull(registry.find(IgnoredEvents.METER).counter());
    }

    @Test
    void anUnhandledTypeIsAcknowledgedWithoutInboxOrHandlerAndCountedByType() {
        incoming.apply(record(TOPIC, SOURCE, "accord.requirement.captured", "e1"), handlers);
        incoming.apply(record(TOPIC, SOURCE, "accord.requirement.captured", "e2"), handlers);
        incoming.apply(record(TOPIC, SOURCE, "accord.customer.registered", "e3"), handlers);

        assertEquals(List.of(), claimed);
        assertEquals(List.of(), handled);
        assertEquals(2.0, ignored("requirement.captured"));
        assertEquals(1.0, ignored("customer.registered"));
    }

    @Test
    void aForeignOrMalformedEventIsRefusedEvenWhenItsTypeHasNoHandler() {
        // the review-service writing on the requirements topic, under a type nobody here handles
        assertThrows(ForeignEventException.class, () -> incoming.apply(
                record(TOPIC, "/accord/review-service", "accord.requirement.captured", "e1"), handlers));
        // the owner's source, but a type of another service's aggregate
        assertThrows(ForeignEventException.class, () -> incoming.apply(
                record(TOPIC, SOURCE, "accord.review.approved", "e2"), handlers));
        assertThrows(MalformedEventException.class, () -> incoming.apply(
                new ConsumerRecord<>(TOPIC, 0, 0, "k", "{\"type\": \"accord.requirement.captured\"}"), handlers));

        assertEquals(List.of(), claimed);
        assertNull(registry.find(IgnoredEvents.METER).counter(), "a refused event is not counted as ignored");
    }

    @Test
    void theIgnoredCounterKeepsABoundedNumberOfTypeTags() {
        for (int i = 0; i < IgnoredEvents.MAX_TYPES + 10; i++) {
            incoming.apply(record(TOPIC, SOURCE, "accord.requirement." + madeUpVerb(i), "e" + i), handlers);
        }

        assertEquals(IgnoredEvents.MAX_TYPES + 1, registry.find(IgnoredEvents.METER).counters().size());
        assertEquals(10.0, ignored(IgnoredEvents.OTHER));
        assertEquals(1.0, ignored("requirement." + madeUpVerb(0)));
    }

    @Test
    void aHandledEventIsAppliedInASpanOfItsOwnThatContinuesTheTraceOfItsRecord() {
        ConsumerRecord<String, String> record = record(TOPIC, SOURCE, "accord.requirement.submitted", "e1");
        record.headers().add("traceparent", TRACEPARENT.getBytes(StandardCharsets.UTF_8));
        record.headers().add("tracestate", "accord=1".getBytes(StandardCharsets.UTF_8));

        incoming.apply(record, handlers);

        ReadableSpan span = handledIn.get(0);
        SpanContext context = span.getSpanContext();
        assertEquals(TRACE_ID, context.getTraceId(), "the consumer's work belongs to the trace that wrote the event");
        assertNotEquals(WRITER_SPAN_ID, context.getSpanId());
        assertEquals(WRITER_SPAN_ID, span.getParentSpanContext().getSpanId());
        assertTrue(span.getParentSpanContext().isRemote());
        assertEquals("1", context.getTraceState().get("accord"));
        assertEquals("accord.requirements process", span.getName());
        assertTrue(span.hasEnded());
    }

    @Test
    void withoutTraceHeadersTheEnvelopesTraceExtensionIsContinued() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(TOPIC, 0, 0, "subject", """
                {"specversion": "1.0", "id": "e1", "source": "%s", "type": "accord.requirement.submitted",
                 "subject": "subject", "time": "2026-11-27T08:00:00Z", "datacontenttype": "application/json",
                 "actor": "li.na", "traceparent": "%s", "data": {"requirementId": "subject"}}""".formatted(SOURCE, TRACEPARENT));

        incoming.apply(record, handlers);

        assertEquals(TRACE_ID, handledIn.get(0).getSpanContext().getTraceId());
    }

    @Test
    void anUnreadableTraceContextStartsANewTraceAndTheEventIsStillApplied() {
        ConsumerRecord<String, String> record = record(TOPIC, SOURCE, "accord.requirement.submitted", "e1");
        record.headers().add("traceparent", "00-not-a-trace-01".getBytes(StandardCharsets.UTF_8));

        incoming.apply(record, handlers);

        assertEquals(List.of("e1"), handled);
        assertTrue(handledIn.get(0).getSpanContext().isValid());
        assertFalse(handledIn.get(0).getParentSpanContext().isValid(), "a new trace, not a broken one");
    }

    /** Verbs are lower-case letters and dashes only (EventOwners refuses anything else). */
    private static String madeUpVerb(int i) {
        return "made-up-" + (char) ('a' + i / 26) + (char) ('a' + i % 26);
    }

    private double ignored(String type) {
        Counter counter = registry.find(IgnoredEvents.METER).tag("type", type).counter();
        return counter == null ? 0 : counter.count();
    }

    private static ConsumerRecord<String, String> record(String topic, String source, String type, String id) {
        return new ConsumerRecord<>(topic, 0, 0, "subject", """
                {"specversion": "1.0", "id": "%s", "source": "%s", "type": "%s", "subject": "subject",
                 "time": "2026-11-27T08:00:00Z", "datacontenttype": "application/json", "actor": "li.na",
                 "data": {"requirementId": "subject"}}""".formatted(id, source, type));
    }

    /** The inbox's place: records the claim and runs the handler, as the real one does in its transaction. */
    private final class RecordingApplier extends EventApplier {
        RecordingApplier() {
            super(null, null);
        }

        @Override
        public boolean applyOnce(EventEnvelope event, Consumer<EventEnvelope> handler) {
            claimed.add(event.id());
            handler.accept(event);
            return true;
        }
    }
}
