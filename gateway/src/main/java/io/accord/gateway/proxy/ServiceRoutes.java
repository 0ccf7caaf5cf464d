package io.accord.gateway.proxy;

import io.accord.gateway.config.GatewayConfig;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Routes {@code /api/v1/**} by path prefix to the owning service with Vert.x's reverse proxy: the body streams
 * through, {@code Authorization} is passed on, every exchange carries an {@code X-Request-Id}, and a service
 * that cannot be reached (or whose circuit breaker is open) is answered with 503 problem+json and
 * {@code Retry-After}, one that stays silent with 504.
 */
@ApplicationScoped
public class ServiceRoutes {

    private static final Logger LOG = Logger.getLogger(ServiceRoutes.class);
    static final String REQUEST_ID = "X-Request-Id";
    /** Paths under /api/v1 that the gateway answers itself (JAX-RS resources), not a service. */
    private static final java.util.List<String> GATEWAY_OWNED = java.util.List.of("/api/v1/api-clients");

    private final GatewayConfig config;
    private final Vertx vertx;
    private final EdgeIdentity edgeIdentity;
    private final RateLimits rateLimits;
    private final ServiceBreakers breakers;

    public ServiceRoutes(GatewayConfig config, Vertx vertx, EdgeIdentity edgeIdentity, RateLimits rateLimits,
            ServiceBreakers breakers) {
        this.config = config;
        this.vertx = vertx;
        this.edgeIdentity = edgeIdentity;
        this.rateLimits = rateLimits;
        this.breakers = breakers;
    }

    void register(@Observes Router router) {
        for (Map.Entry<String, GatewayConfig.Upstream> service : config.services().entrySet()) {
            HttpProxy proxy = proxyTo(service.getKey(), service.getValue());
            for (String prefix : service.getValue().prefixes()) {
                router.routeWithRegex("^" + Pattern.quote(prefix) + "(/.*)?$").order(-10)
                        .handler(rc -> forward(rc, proxy));
            }
            LOG.infof("routing %s to %s", service.getValue().prefixes(), service.getValue().url());
        }
        router.routeWithRegex("^/api/v1(/.*)?$").order(-9).handler(this::noOwner);
    }

    void logStartup(@Observes StartupEvent event) {
        LOG.infof("gateway routes %d services", config.services().size());
    }

    private HttpProxy proxyTo(String name, GatewayConfig.Upstream upstream) {
        URI url = upstream.url();
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(64));
        int port = url.getPort() > 0 ? url.getPort() : ("https".equals(url.getScheme()) ? 443 : 80);
        SocketAddress origin = SocketAddress.inetSocketAddress(port, url.getHost());
        long timeout = upstream.timeout().orElse(config.responseTimeout()).toMillis();
        // each exchange gets the service's timeout: a service that stays silent is answered with 504, never a hang
        return HttpProxy.reverseProxy(client)
                .originRequestProvider((request, http) -> http.request(new RequestOptions().setServer(origin)
                        .setConnectTimeout(config.connectTimeout().toMillis()).setIdleTimeout(timeout)))
                .addInterceptor(new Interceptor(name));
    }

    private void forward(RoutingContext rc, HttpProxy proxy) {
        // the request id was settled by the access log, the first handler of every exchange
        var headers = rc.request().headers();
        String length = headers.get("Content-Length");
        if (length != null && tooLarge(length)) {
            GatewayProblem.send(rc, 413, "Payload too large", "the request body exceeds " + config.maxBodyBytes() + " bytes");
            return;
        }
        EdgeIdentity.Caller caller = edgeIdentity.of(headers.get("Authorization"));
        if (caller.refusal() != null) {
            rc.response().putHeader("WWW-Authenticate", "Bearer");
            GatewayProblem.send(rc, 401, "Unauthorized", caller.refusal());
            return;
        }
        String client = caller.name() != null ? "user:" + caller.name()
                : "ip:" + (rc.request().remoteAddress() == null ? "?" : rc.request().remoteAddress().hostAddress());
        long wait = rateLimits.check(rc.request().path(), client);
        if (wait > 0) {
            rc.response().putHeader("Retry-After", Long.toString(wait));
            GatewayProblem.send(rc, 429, "Too many requests", "rate limit reached; retry after " + wait + " s");
            return;
        }
        // the services build Location and links from these, so clients see the gateway's address, not theirs
        if (rc.request().authority() != null) {
            headers.set("X-Forwarded-Host", rc.request().authority().toString());
        }
        headers.set("X-Forwarded-Proto", rc.request().scheme());
        if (rc.request().remoteAddress() != null) {
            String chain = headers.get("X-Forwarded-For");
            String address = rc.request().remoteAddress().hostAddress();
            headers.set("X-Forwarded-For", chain == null ? address : chain + ", " + address);
        }
        proxy.handle(rc.request());
    }

    private boolean tooLarge(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > config.maxBodyBytes();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void noOwner(RoutingContext rc) {
        String path = rc.request().path();
        if (GATEWAY_OWNED.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))) {
            rc.next();
            return;
        }
        GatewayProblem.send(rc, 404, "Not found", "no service owns this path");
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException || t.getClass().getSimpleName().contains("Timeout")
                    || String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("timeout")) {
                return true;
            }
        }
        return false;
    }

    /** Adds the request id to the answer, and turns an unreachable service into 503 + Retry-After. */
    private final class Interceptor implements ProxyInterceptor {

        private final String service;

        Interceptor(String service) {
            this.service = service;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            return breakers.<ProxyResponse>call(service, () -> context.sendRequest().compose(response ->
                            response.getStatusCode() >= 502 && response.getStatusCode() <= 504
                                    ? Future.failedFuture(new ServiceBreakers.FailedAnswer(response))
                                    : Future.succeededFuture(response)))
                    .recover(failure -> {
                        if (failure instanceof ServiceBreakers.FailedAnswer answer) {
                            return Future.succeededFuture(answer.<ProxyResponse>answer());
                        }
                        return Future.succeededFuture(unavailable(context, failure));
                    });
        }

        /** 503 (down, or its breaker open) or 504 (silent too long), problem+json with Retry-After. */
        private ProxyResponse unavailable(ProxyContext context, Throwable failure) {
            String id = context.request().headers().get(REQUEST_ID);
            boolean open = ServiceBreakers.isOpen(failure);
            boolean slow = !open && isTimeout(failure);
            if (!open) {
                LOG.warnf("%s %s for %s %s: %s", service, slow ? "timed out" : "unreachable", context.request().getMethod(),
                        context.request().getURI(), failure.toString());
            }
            int status = slow ? 504 : 503;
            long retryAfter = open ? Math.max(1, (config.circuitBreaker().delay().toMillis() + 999) / 1000) : config.retryAfterSeconds();
            String detail = open ? service + " is failing; the gateway stops calling it for a while (circuit open); retry later"
                    : service + (slow ? " did not answer in time" : " is temporarily unavailable") + "; retry later";
            return context.request().response().setStatusCode(status)
                    .putHeader("Content-Type", GatewayProblem.MEDIA_TYPE)
                    .putHeader("Retry-After", Long.toString(retryAfter))
                    .setBody(Body.body(Buffer.buffer(GatewayProblem.of(status, slow ? "Gateway timeout" : "Service unavailable",
                            detail, context.request().proxiedRequest().path(), id))));
        }

        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            String id = context.request().headers().get(REQUEST_ID);
            if (id != null) {
                context.response().headers().set(REQUEST_ID, id);
            }
            return context.sendResponse();
        }
    }
}
