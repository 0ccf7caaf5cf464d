package io.accord.infra.inbox;

import io.accord.infra.events.EventEnvelope;
import io.accord.infra.events.EventTypes;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The event types a consumer acts on, each with its handler:
 * {@code EventHandlers.on(REQUIREMENT_SUBMITTED, this::submitted).and(REQUIREMENT_AMENDED, this::amended)}.
 * {@link IncomingEvents} acknowledges every other type of the topic without a transaction, an inbox row or a handler
 * call, so a consumer pays for the events it needs, not for everything its topic carries (the review-service reads
 * every {@code requirement.captured} and acts on none). Types are the short names the {@code *EventTypes} constants
 * hold ({@code requirement.submitted}); immutable, so one value built in a consumer's constructor serves all threads.
 */
public final class EventHandlers {

    private final Map<String, Consumer<EventEnvelope>> byType;

    private EventHandlers(Map<String, Consumer<EventEnvelope>> byType) {
        this.byType = byType;
    }

    public static EventHandlers on(String type, Consumer<EventEnvelope> handler) {
        return new EventHandlers(Map.of()).and(type, handler);
    }

    /** These handlers and one more; a type handled twice is a slip of the consumer and fails at its construction. */
    public EventHandlers and(String type, Consumer<EventEnvelope> handler) {
        Objects.requireNonNull(handler, "handler of " + type);
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("an event type is needed");
        }
        if (type.startsWith(EventTypes.PREFIX)) {
            // the envelope's shortType() is what is looked up: a qualified name would silently never match
            throw new IllegalArgumentException(type + ": register the short type, as the *EventTypes constants name it");
        }
        if (byType.containsKey(type)) {
            throw new IllegalArgumentException(type + " has a handler already");
        }
        Map<String, Consumer<EventEnvelope>> more = new HashMap<>(byType);
        more.put(type, handler);
        return new EventHandlers(Map.copyOf(more));
    }

    /**
     * These handlers and all of {@code more}'s: a library's handlers for the same topic (accord-messaging's
     * {@code CustomerEvents}) join the consumer's own; a type handled by both fails as above.
     */
    public EventHandlers and(EventHandlers more) {
        EventHandlers all = this;
        for (Map.Entry<String, Consumer<EventEnvelope>> handler : more.byType.entrySet()) {
            all = all.and(handler.getKey(), handler.getValue());
        }
        return all;
    }

    /** The handler of the event's type, or empty when this consumer does not act on that type. */
    public Optional<Consumer<EventEnvelope>> of(EventEnvelope event) {
        return Optional.ofNullable(byType.get(event.shortType()));
    }

    public Set<String> types() {
        return byType.keySet();
    }

    @Override
    public String toString() {
        return "EventHandlers" + byType.keySet();
    }
}
