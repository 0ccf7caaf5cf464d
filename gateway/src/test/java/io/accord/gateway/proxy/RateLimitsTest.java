package io.accord.gateway.proxy;

import io.accord.gateway.config.GatewayConfig;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The per-caller limits by route group, with the gateway's monotonic clock moved by the test: each caller has its own
 * bucket per group, the most specific group's limit applies, and buckets refill with time.
 */
class RateLimitsTest {

    static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    record Limit(List<String> prefixes, int capacity, double perSecond) implements GatewayConfig.RateLimit {
    }

    /** The configuration the limits read: only the rate limits; anything else is not theirs to read. */
    static GatewayConfig config(Map<String, GatewayConfig.RateLimit> limits) {
        return (GatewayConfig) Proxy.newProxyInstance(GatewayConfig.class.getClassLoader(), new Class<?>[]{GatewayConfig.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("rateLimits")) {
                        return limits;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    long now = 42 * SECOND;

    RateLimits limits(Map<String, GatewayConfig.RateLimit> limits) {
        return new RateLimits(config(limits), null, null, () -> now);
    }

    /** Small numbers in the shape of application.properties: a default, orders, sign-in, the overview under customers. */
    RateLimits usual() {
        return limits(Map.of(
                "default", new Limit(List.of("/-"), 3, 1),
                "orders", new Limit(List.of("/api/v1/orders"), 2, 1),
                "sign-in", new Limit(List.of("/auth/token"), 1, 0.1),
                "overview", new Limit(List.of("/api/v1/customers/*/overview"), 1, 0.5)));
    }

    static long spend(RateLimits limits, String path, String client, int times) {
        long wait = 0;
        for (int i = 0; i < times; i++) {
            wait = limits.check(path, client);
        }
        return wait;
    }

    @Test
    void eachGroupAllowsItsOwnBurst() {
        RateLimits limits = usual();

        assertEquals(0, spend(limits, "/api/v1/requirements", "user:li.na", 3));
        assertEquals(1, limits.check("/api/v1/requirements", "user:li.na"));
        assertEquals(0, spend(limits, "/api/v1/orders/ERP-1", "user:li.na", 2));
        assertEquals(1, limits.check("/api/v1/orders", "user:li.na"));
        assertEquals(0, limits.check("/auth/token", "ip:10.0.0.7"));
        assertEquals(10, limits.check("/auth/token", "ip:10.0.0.7"));
    }

    @Test
    void pathsOfOneGroupShareItsBucket() {
        RateLimits limits = usual();

        assertEquals(0, limits.check("/api/v1/requirements", "user:li.na"));
        assertEquals(0, limits.check("/api/v1/reviews/1", "user:li.na"));
        assertEquals(0, limits.check("/api/v1/customers/42", "user:li.na"));
        assertEquals(1, limits.check("/api/v1/feedback", "user:li.na"));
    }

    @Test
    void theOverviewHasItsOwnLimitThoughItIsBelowCustomers() {
        RateLimits limits = usual();

        assertEquals(0, limits.check("/api/v1/customers/42/overview", "user:li.na"));
        assertEquals(2, limits.check("/api/v1/customers/43/overview", "user:li.na"));
        assertEquals(0, spend(limits, "/api/v1/customers/42", "user:li.na", 3));
    }

    @Test
    void oneCallerSpendingItsLimitLeavesOthersAlone() {
        RateLimits limits = usual();
        spend(limits, "/api/v1/orders", "user:erp-a", 5);

        assertEquals(0, limits.check("/api/v1/orders", "user:erp-b"));
        assertEquals(0, limits.check("/api/v1/orders", "ip:10.0.0.7"));
        assertEquals(1, limits.check("/api/v1/orders", "user:erp-a"));
    }

    @Test
    void aSpentLimitComesBackWithTime() {
        RateLimits limits = usual();
        limits.check("/auth/token", "ip:10.0.0.7");
        assertEquals(10, limits.check("/auth/token", "ip:10.0.0.7"));

        now += 4 * SECOND;
        assertEquals(6, limits.check("/auth/token", "ip:10.0.0.7"));
        now += 6 * SECOND + 1_000;
        assertEquals(0, limits.check("/auth/token", "ip:10.0.0.7"));
        assertEquals(10, limits.check("/auth/token", "ip:10.0.0.7"));
    }

    @Test
    void withoutADefaultGroupOtherPathsAreNotLimited() {
        RateLimits limits = limits(Map.of("orders", new Limit(List.of("/api/v1/orders"), 1, 1)));

        assertEquals(0, spend(limits, "/api/v1/requirements", "user:li.na", 1_000));
        assertEquals(1, spend(limits, "/api/v1/orders", "user:li.na", 2));
    }

    @Test
    void aCallerIdleForFiveMinutesStartsAgainWithAFullBucket() {
        RateLimits limits = limits(Map.of("default", new Limit(List.of("/-"), 2, 0.001)));
        spend(limits, "/api/v1/requirements", "user:li.na", 2);

        now += TimeUnit.MINUTES.toNanos(5);
        limits.dropIdle();
        assertEquals(700, limits.check("/api/v1/requirements", "user:li.na"), "still spent after exactly five minutes");

        now += TimeUnit.MINUTES.toNanos(5) + 1;
        limits.dropIdle();
        assertEquals(0, spend(limits, "/api/v1/requirements", "user:li.na", 2));
    }
}
