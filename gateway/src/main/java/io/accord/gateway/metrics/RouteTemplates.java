package io.accord.gateway.metrics;

import io.accord.gateway.proxy.EdgeOrder;
import io.accord.gateway.config.GatewayConfig;
import io.accord.infra.web.RouteTemplateHeader;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Names the route a proxied request took, for the {@code uri} label of the HTTP metrics, never the raw path, which
 * carries ERP order numbers, ids and whatever a caller types. Before anything may answer, the request is labelled with
 * the owning service's prefix ({@code /api/v1/orders}) or everything below it ({@code /api/v1/orders/*}): Quarkus labels
 * JAX-RS requests with their template by itself, but cannot make one of the proxy's regular-expression routes. When
 * the service answers with the template it matched ({@link RouteTemplateHeader}: {@code /api/v1/orders/{erpOrderNo}}),
 * that replaces the prefix, so the gateway's latency and errors are per endpoint like the service's own.
 */
@ApplicationScoped
public class RouteTemplates {

    /** What a service's template may look like: path segments and {@code {name}} parameters, nothing a caller typed. */
    private static final Pattern TEMPLATE = Pattern.compile("(/[A-Za-z0-9._~{}-]+)+");
    private static final int MAX_TEMPLATE = 200;

    private final List<String> prefixes;

    public RouteTemplates(GatewayConfig config) {
        // the longest prefix first, so that a nested prefix names its own route
        this.prefixes = config.services().values().stream().flatMap(s -> s.prefixes().stream())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Labels the request with that template; a later, more precise handler may label it again. */
    public static void label(RoutingContext rc, String template) {
        RouteTemplateHeader.label(rc.request(), template);
    }

    /**
     * Labels a proxied request with the template its service answered with, if that is a template under one of the
     * service's own prefixes; anything else (no header, an odd value) leaves the prefix label as it is.
     */
    public static void labelFromService(HttpServerRequest request, String template, List<String> servicePrefixes) {
        if (template == null || template.length() > MAX_TEMPLATE || !TEMPLATE.matcher(template).matches()) {
            return;
        }
        for (String prefix : servicePrefixes) {
            if (template.equals(prefix) || template.startsWith(prefix + "/")) {
                RouteTemplateHeader.label(request, template);
                return;
            }
        }
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
