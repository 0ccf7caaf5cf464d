package io.accord.gateway.proxy;

import io.accord.gateway.config.GatewayConfig;
import io.accord.infra.i18n.Text;
import io.accord.infra.web.BodyLimit;
import io.accord.infra.web.RoutingProblem;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One body limit per route group, enforced by the gateway itself before anything is forwarded: an announced length
 * over the limit is answered 413 at once (the body is dropped, nothing of it is sent on); a
 * chunked body is counted as it streams ({@link LimitedBody}). A client's oversized body therefore never reaches a
 * service and never counts against the service's circuit breaker.
 */
@ApplicationScoped
public class BodyLimits {

    private final Map<String, List<String>> groups;
    private final Map<String, Long> maxBytes;

    public BodyLimits(GatewayConfig config) {
        this.groups = config.bodyLimits().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().prefixes()));
        this.maxBytes = config.bodyLimits().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().maxSize().asLongValue()));
        if (!maxBytes.containsKey("default")) {
            throw new IllegalStateException("accord.gateway.body-limits.default.max-size must be set");
        }
    }

    void register(@Observes Router router) {
        router.route().order(EdgeOrder.BODY_LIMIT).handler(this::check);
    }

    /** The most bytes a request body to this path may have. */
    public long maxBytes(String path) {
        return maxBytes.get(PathPatterns.groupOf(path, groups));
    }

    private void check(RoutingContext rc) {
        long limit = maxBytes(rc.normalizedPath());
        if (BodyLimit.contentLength(rc.request().getHeader("Content-Length")) > limit) {
            tooLarge(rc, limit);
            return;
        }
        rc.next();
    }

    static void tooLarge(RoutingContext rc, long limit) {
        RoutingProblem.sendUnread(rc, 413, RoutingProblem.PAYLOAD_TOO_LARGE, Text.of("problem.detail.body-too-large", limit));
    }
}
