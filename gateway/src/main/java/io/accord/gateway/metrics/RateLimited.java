package io.accord.gateway.metrics;

import io.accord.gateway.config.GatewayConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the gateway's 429 answers ({@code accord_gateway_rate_limited_total{group, limit}}) by the route group the
 * request fell into ({@code accord.gateway.rate-limits.<group>}: default, orders, sign-in, …) and the limit that
 * refused it: {@code address} (per client address, before anyone is known), {@code caller} (per caller and route
 * group) or {@code streams} (live streams per user). Both labels come from configuration, never from the request, and
 * every combination is registered at 0 at start, so the first refusal is an increase Prometheus can see.
 */
@ApplicationScoped
@Startup
public class RateLimited {

    static final String METER = "accord.gateway.rate.limited";
    public static final String ADDRESS = "address";
    public static final String CALLER = "caller";
    public static final String STREAMS = "streams";
    /** The group of the live stream's connects (its own rate limit, and the streams per user). */
    public static final String EVENTS_GROUP = "events";

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public RateLimited(GatewayConfig config, MeterRegistry registry) {
        for (String group : config.rateLimits().keySet()) {
            register(registry, group, ADDRESS);
            register(registry, group, CALLER);
        }
        register(registry, "default", ADDRESS);
        register(registry, EVENTS_GROUP, STREAMS);
    }

    private void register(MeterRegistry registry, String group, String limit) {
        counters.computeIfAbsent(group + "|" + limit, key -> Counter.builder(METER).tag("group", group).tag("limit", limit)
                .description("requests the gateway refused with 429, by route group and the limit reached").register(registry));
    }

    /** One refusal of a request in the group by the limit. */
    public void refused(String group, String limit) {
        Counter counter = counters.get(group + "|" + limit);
        if (counter != null) {
            counter.increment();
        }
    }
}
