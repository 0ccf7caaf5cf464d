package io.accord.infra.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.util.List;

/**
 * The first handler of every HTTP exchange: it settles the request id (the caller's, the gateway's, or a new one)
 * so that everything after it — JAX-RS, the proxy, the logs — uses the same one, echoes it on the answer, and
 * writes one access-log record per exchange. With JSON logging the record's fields (method, path, status,
 * duration, bytes, request id) arrive as structured {@code mdc} fields, not only inside the message.
 * Probes and metrics under {@code /q/} are not logged: they would drown the rest.
 */
@ApplicationScoped
public class AccessLog {

    private static final Logger LOG = Logger.getLogger("accord.access");
    private static final List<String> FIELDS = List.of("method", "path", "status", "durationMs", "bytesSent", "remoteAddress");

    private final boolean enabled;

    public AccessLog(@ConfigProperty(name = "accord.access-log.enabled", defaultValue = "true") boolean enabled) {
        this.enabled = enabled;
    }

    void register(@Observes Router router) {
        router.route().order(-1000).handler(this::handle);
    }

    private void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String id = RequestIds.accept(request.getHeader(RequestIds.HEADER));
        request.headers().set(RequestIds.HEADER, id);
        rc.addHeadersEndHandler(v -> {
            if (!rc.response().headers().contains(RequestIds.HEADER)) {
                rc.response().putHeader(RequestIds.HEADER, id);
            }
        });
        if (enabled && !request.path().startsWith("/q/")) {
            long start = System.nanoTime();
            rc.addEndHandler(done -> log(rc, id, start));
        }
        rc.next();
    }

    private static void log(RoutingContext rc, String id, long start) {
        HttpServerRequest request = rc.request();
        int status = rc.response().getStatusCode();
        long millis = (System.nanoTime() - start) / 1_000_000;
        MDC.put(RequestIds.MDC_KEY, id);
        MDC.put("method", request.method().name());
        MDC.put("path", request.path());
        MDC.put("status", status);
        MDC.put("durationMs", millis);
        MDC.put("bytesSent", rc.response().bytesWritten());
        MDC.put("remoteAddress", request.remoteAddress() == null ? "-" : request.remoteAddress().hostAddress());
        try {
            LOG.infof("%s %s %d %dms", request.method().name(), request.path(), status, millis);
        } finally {
            FIELDS.forEach(MDC::remove);
        }
    }
}
