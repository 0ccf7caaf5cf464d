package io.accord.gateway.events;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** How many live streams each principal holds on this replica, so one account cannot tie up the gateway with streams. */
final class OpenStreams {

    private final int maxPerPrincipal;
    private final Map<String, Integer> open = new ConcurrentHashMap<>();

    OpenStreams(int maxPerPrincipal) {
        this.maxPerPrincipal = maxPerPrincipal;
    }

    /** Takes a slot for the principal, or refuses when it holds the maximum already. */
    boolean tryOpen(String principal) {
        boolean[] granted = {false};
        open.compute(principal, (name, count) -> {
            int now = count == null ? 0 : count;
            if (now >= maxPerPrincipal) {
                return now;
            }
            granted[0] = true;
            return now + 1;
        });
        return granted[0];
    }

    void release(String principal) {
        open.computeIfPresent(principal, (name, count) -> count <= 1 ? null : count - 1);
    }

    int held(String principal) {
        return open.getOrDefault(principal, 0);
    }

    /** All streams open on this replica (summed when metrics are scraped: one entry per principal holding any). */
    int total() {
        return open.values().stream().mapToInt(Integer::intValue).sum();
    }
}
