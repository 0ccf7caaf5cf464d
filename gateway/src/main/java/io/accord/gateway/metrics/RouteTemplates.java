package io.accord.gateway.metrics;

import io.accord.gateway.proxy.EdgeOrder;
import io.accord.gateway.config.GatewayConfig;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Comparator;
import java.util.List;

/**
 * Names the route a proxied request took, for the {@code uri} label of the HTTP metrics: the owning service's
 * prefix ({@code /api/v1/orders}) or everything below it ({@code /api/v1/orders/*}), never the raw path, which
 * carries ERP order numbers, ids and whatever a caller types. Quarkus labels JAX-RS requests with their template by
 * itself, but cannot make one of the proxy's regular-expression routes; the services behind label each of their
 * endpoints exactly. Runs before the proxy's routes and sets nothing else.
 */
@ApplicationScoped
public class RouteTemplates {

    /** Where Quarkus REST leaves a request's template and Quarkus Micrometer reads it: a local of the request's context. */
    private static final String TEMPLATE_KEY = "UrlPathTemplate";

    private final List<String> prefixes;

    public RouteTemplates(GatewayConfig config) {
        // the longest prefix first, so that a nested prefix names its own route
        this.prefixes = config.services().values().stream().flatMap(s -> s.prefixes().stream())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Labels the request with that template; a later, more precise handler may label it again. */
    public static void label(RoutingContext rc, String template) {
        ((HttpServerRequestInternal) rc.request()).context().putLocal(TEMPLATE_KEY, template);
    }

    void register(@Observes Router router) {
        // before any handler that may answer, so refusals at the edge (429, 413, 401) carry the route too
        router.route("/api/v1/*").order(EdgeOrder.METRIC_LABEL).handler(this::labelProxied);
    }

    private void labelProxied(RoutingContext rc) {
        String path = rc.normalizedPath();
        for (String prefix : prefixes) {
            if (path.equals(prefix) || path.equals(prefix + "/")) {
                label(rc, prefix);
                break;
            }
            if (path.startsWith(prefix + "/")) {
                label(rc, prefix + "/*");
                break;
            }
        }
        rc.next();
    }
}
