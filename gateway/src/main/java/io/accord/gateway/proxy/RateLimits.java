package io.accord.gateway.proxy;

import io.accord.gateway.config.GatewayConfig;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Per-client token buckets per route group, held by each gateway replica (see the README for why per replica).
 * Idle buckets are dropped so memory follows the active clients, not every client ever seen.
 */
@ApplicationScoped
public class RateLimits {

    private final GatewayConfig config;
    private final Vertx vertx;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimits(GatewayConfig config, Vertx vertx) {
        this.config = config;
        this.vertx = vertx;
    }

    void sweepIdle(@Observes StartupEvent event) {
        vertx.setPeriodic(60_000, id -> {
            long cutoff = System.nanoTime() - TimeUnit.MINUTES.toNanos(5);
            buckets.values().removeIf(b -> b.idleSince(cutoff));
        });
    }

    /** 0 if the request may pass, else the seconds the client should wait ({@code Retry-After}). */
    public long check(String path, String client) {
        String group = "default";
        GatewayConfig.RateLimit limit = config.rateLimits().get("default");
        for (Map.Entry<String, GatewayConfig.RateLimit> e : config.rateLimits().entrySet()) {
            if (e.getValue().prefixes().stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))) {
                group = e.getKey();
                limit = e.getValue();
                break;
            }
        }
        if (limit == null) {
            return 0;
        }
        GatewayConfig.RateLimit chosen = limit;
        long now = System.nanoTime();
        return buckets.computeIfAbsent(group + "|" + client, k -> new TokenBucket(chosen.capacity(), chosen.perSecond(), now))
                .take(now);
    }
}
