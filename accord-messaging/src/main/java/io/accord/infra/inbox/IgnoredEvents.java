package io.accord.infra.inbox;

import io.accord.infra.events.EventEnvelope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the events a consumer acknowledged without acting on them ({@code accord_events_ignored_total{type}}), so a
 * topic's traffic that costs a service nothing is still visible. Only types that passed the ownership check arrive
 * here, but their verb is whatever the owner wrote: after {@link #MAX_TYPES} distinct types the rest count as
 * {@code other}, which keeps the metric's cardinality bounded (Accord publishes about forty types in all).
 */
@ApplicationScoped
public class IgnoredEvents {

    static final String METER = "accord.events.ignored";
    static final int MAX_TYPES = 64;
    static final String OTHER = "other";

    private final MeterRegistry registry;
    private final Map<String, Counter> byType = new ConcurrentHashMap<>();

    public IgnoredEvents(MeterRegistry registry) {
        this.registry = registry;
    }

    public void count(EventEnvelope event) {
        String type = event.shortType();
        Counter counter = byType.get(type);
        if (counter == null) {
            counter = byType.size() < MAX_TYPES ? byType.computeIfAbsent(type, this::counter)
                    : byType.computeIfAbsent(OTHER, this::counter);
        }
        counter.increment();
    }

    private Counter counter(String type) {
        return Counter.builder(METER).description("events acknowledged without a handler, transaction or inbox row")
                .tag("type", type).register(registry);
    }
}
