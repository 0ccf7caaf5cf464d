package io.accord.gateway.proxy;

import io.accord.gateway.config.GatewayConfig;
import io.accord.gateway.metrics.RateLimited;
import io.accord.infra.i18n.Text;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Token buckets held by each gateway replica (see the README for why per replica), checked twice: per client address
 * first, before any token is parsed or API key looked up, so refusing a flood costs next to nothing; then, once the
 * caller is known, per caller (user, machine client, or address when anonymous) and route group. Idle buckets are
 * dropped so memory follows the active clients, not every client ever seen.
 */
@ApplicationScoped
public class RateLimits {

    private final GatewayConfig config;
    private final Vertx vertx;
    private final RateLimited refusals;
    private final Map<String, List<String>> groups;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    /** Monotonic nanoseconds (buckets measure elapsed time, not the time of day); tests move their own. */
    private final LongSupplier nanoTime;

    @Inject
    public RateLimits(GatewayConfig config, Vertx vertx, RateLimited refusals) {
        this(config, vertx, refusals, System::nanoTime);
    }

    RateLimits(GatewayConfig config, Vertx vertx, RateLimited refusals, LongSupplier nanoTime) {
        this.config = config;
        this.vertx = vertx;
        this.refusals = refusals;
        this.nanoTime = nanoTime;
        this.groups = config.rateLimits().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().prefixes()));
    }

    void sweepIdle(@Observes StartupEvent event) {
        vertx.setPeriodic(60_000, id -> dropIdle());
    }

    /** Buckets unused for five minutes go; a client coming back after that starts with a full one. */
    void dropIdle() {
        long cutoff = nanoTime.getAsLong() - TimeUnit.MINUTES.toNanos(5);
        buckets.values().removeIf(b -> b.idleSince(cutoff));
    }

    void register(@Observes Router router) {
        router.route().order(EdgeOrder.ADDRESS_LIMIT).handler(this::perAddress);
        router.route().order(EdgeOrder.CALLER_LIMIT).handler(this::perCaller);
    }

    private void perAddress(RoutingContext rc) {
        GatewayConfig.AddressLimit limit = config.addressLimit();
        long wait = take("address|" + address(rc), limit.capacity(), limit.perSecond());
        if (wait > 0) {
            refusals.refused(PathPatterns.groupOf(rc.normalizedPath(), groups), RateLimited.ADDRESS);
            refuse(rc, wait);
            return;
        }
        rc.next();
    }

    private void perCaller(RoutingContext rc) {
        EdgeIdentity.Caller caller = EdgeIdentity.of(rc);
        String client = caller.isAnonymous() ? "ip:" + address(rc) : "user:" + caller.name();
        long wait = check(rc.normalizedPath(), client);
        if (wait > 0) {
            refusals.refused(PathPatterns.groupOf(rc.normalizedPath(), groups), RateLimited.CALLER);
            refuse(rc, wait);
            return;
        }
        rc.next();
    }

    /** 0 if the request may pass, else the seconds the client should wait ({@code Retry-After}). */
    public long check(String path, String client) {
        String group = PathPatterns.groupOf(path, groups);
        GatewayConfig.RateLimit limit = config.rateLimits().get(group);
        return limit == null ? 0 : take(group + "|" + client, limit.capacity(), limit.perSecond());
    }

    private long take(String key, int capacity, double perSecond) {
        long now = nanoTime.getAsLong();
        return buckets.computeIfAbsent(key, k -> new TokenBucket(capacity, perSecond, now)).take(now);
    }

    /** The client's address as the HTTP layer resolved it (forwarded headers count only from trusted proxies). */
    static String address(RoutingContext rc) {
        return rc.request().remoteAddress() == null ? "?" : rc.request().remoteAddress().hostAddress();
    }

    private static void refuse(RoutingContext rc, long wait) {
        rc.response().putHeader("Retry-After", Long.toString(wait));
        GatewayProblem.send(rc, 429, Text.of("problem.title.too-many-requests"), Text.of("gateway.rate-limit", wait));
    }
}
