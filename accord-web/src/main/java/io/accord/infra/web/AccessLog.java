package io.accord.infra.web;

import io.accord.infra.i18n.Text;
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
 * Probes and metrics under {@code /q/} are not logged: they would drown the rest. A path that is not plain
 * ({@link PathRules}) is refused here, for every caller, before any other handler sees it; the log writes the
 * normalized path, so what it shows is what was routed.
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
        String path = rc.normalizedPath();
        if (enabled && !path.startsWith("/q/")) {
            long start = System.nanoTime();
            rc.addEndHandler(done -> log(rc, id, path, start));
        }
        Text refusal = PathRules.refusal(request.path());
        if (refusal != null) {
            RoutingProblem.sendUnread(rc, 400, Text.of("problem.title.invalid-path"), refusal);
            return;
        }
        rc.next();
    }

    private static void log(RoutingContext rc, String id, String path, long start) {
        HttpServerRequest request = rc.request();
        // an exchange whose answer was never completed ended with the client gone: 499, as nginx logs it
        int status = rc.response().ended() ? rc.response().getStatusCode() : 499;
        long millis = (System.nanoTime() - start) / 1_000_000;
        MDC.put(RequestIds.MDC_KEY, id);
        MDC.put("method", request.method().name());
        MDC.put("path", path);
        MDC.put("status", status);
        MDC.put("durationMs", millis);
        MDC.put("bytesSent", rc.response().bytesWritten());
        MDC.put("remoteAddress", request.remoteAddress() == null ? "-" : request.remoteAddress().hostAddress());
        try {
            LOG.infof("%s %s %d %dms", request.method().name(), path, status, millis);
        } finally {
            FIELDS.forEach(MDC::remove);
        }
    }
}
