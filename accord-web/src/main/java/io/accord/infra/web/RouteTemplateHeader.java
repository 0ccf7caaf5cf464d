package io.accord.infra.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Names the route template a request matched ({@code /api/v1/requirements/{id}}) in the answer's {@value #HEADER}
 * header, for the gateway: it proxies by path prefix and knows no templates, so without this its HTTP metrics could
 * only say {@code /api/v1/requirements/*}. The gateway takes the header off before the answer goes on, and labels its
 * own metrics with it. An answer that matched no template (404, 405) carries none. The gateway itself does not add
 * it ({@code accord.web.route-header.enabled=false}): its clients have no use for it.
 */
@ApplicationScoped
public class RouteTemplateHeader {

    public static final String HEADER = "X-Accord-Route";
    /** Where Quarkus REST leaves a request's template, and Quarkus Micrometer reads it: a local of its Vert.x context. */
    public static final String TEMPLATE_KEY = "UrlPathTemplate";

    private final boolean enabled;

    public RouteTemplateHeader(@ConfigProperty(name = "accord.web.route-header.enabled", defaultValue = "true") boolean enabled) {
        this.enabled = enabled;
    }

    void register(@Observes Router router) {
        if (enabled) {
            router.route().order(-999).handler(this::handle);
        }
    }

    private void handle(RoutingContext rc) {
        rc.addHeadersEndHandler(v -> {
            String template = template(rc.request());
            if (template != null) {
                rc.response().putHeader(HEADER, template);
            }
        });
        rc.next();
    }

    /** The template the request was labelled with so far, if any. */
    public static String template(HttpServerRequest request) {
        return ((HttpServerRequestInternal) request).context().getLocal(TEMPLATE_KEY);
    }

    /** Labels the request's HTTP metrics with the template (a later, more precise label replaces it). */
    public static void label(HttpServerRequest request, String template) {
        ((HttpServerRequestInternal) request).context().putLocal(TEMPLATE_KEY, template);
    }
}
