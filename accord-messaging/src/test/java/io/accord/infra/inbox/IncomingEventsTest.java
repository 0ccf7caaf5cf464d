package io.accord.infra.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.infra.events.EventEnvelope;
import io.accord.infra.events.EventEnvelopes;
import io.accord.infra.events.ForeignEventException;
import io.accord.infra.events.MalformedEventException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    final IncomingEvents incoming = new IncomingEvents(new EventEnvelopes(new ObjectMapper().findAndRegisterModules()),
            new RecordingApplier(), new IgnoredEvents(registry));
    final EventHandlers handlers = EventHandlers.on("requirement.submitted", e -> handled.add(e.id()));

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
