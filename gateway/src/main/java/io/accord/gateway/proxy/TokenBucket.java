package io.accord.gateway.proxy;

/** A token bucket: {@code capacity} requests at once, refilled at {@code perSecond}; lazily refilled on use. */
final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long last;
    private volatile long lastUsed;

    TokenBucket(int capacity, double perSecond, long now) {
        this.capacity = capacity;
        this.perNano = perSecond / 1_000_000_000d;
        this.tokens = capacity;
        this.last = now;
        this.lastUsed = now;
    }

    /** 0 when a token was taken; otherwise the whole seconds until one will be there. */
    synchronized long take(long now) {
        tokens = Math.min(capacity, tokens + (now - last) * perNano);
        last = now;
        lastUsed = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1_000_000_000d));
    }

    boolean idleSince(long cutoff) {
        return lastUsed < cutoff;
    }
}
