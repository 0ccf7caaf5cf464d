package io.accord.gateway.proxy;

import io.accord.gateway.config.GatewayConfig;
import io.accord.gateway.metrics.RouteTemplates;
import io.accord.infra.i18n.Locales;
import io.accord.infra.i18n.Text;
import io.accord.infra.web.RouteTemplateHeader;
import io.accord.infra.web.RoutingProblem;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Routes {@code /api/v1/**} by path prefix to the owning service with Vert.x's reverse proxy: the body streams
 * through, {@code Authorization} is passed on, every exchange carries an {@code X-Request-Id} and the gateway's
 * {@code traceparent} (the caller's trace continued, or one the gateway starts), and a service
 * that cannot be reached (or whose circuit breaker is open) is answered with 503 problem+json and
 * {@code Retry-After}, one that stays silent with 504.
 */
@ApplicationScoped
public class ServiceRoutes {

    private static final Logger LOG = Logger.getLogger(ServiceRoutes.class);
    static final String REQUEST_ID = "X-Request-Id";
    private static final String CLOSE_AFTER_ANSWER = "accord.close-after-answer";
    /** Paths under /api/v1 that the gateway answers itself (JAX-RS resources), not a service. */
    private static final List<String> GATEWAY_OWNED = List.of("/api/v1/api-clients", "/api/v1/events/tickets",
            "/api/v1/notifications");
    private static final Set<HttpMethod> BODY_METHODS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);
    /** Headers about proxies in front of the gateway; only the gateway's own view of the client goes on. */
    private static final List<String> CLIENT_FORWARDING_HEADERS = List.of("Forwarded", "X-Forwarded-Host",
            "X-Forwarded-Proto", "X-Forwarded-Port", "X-Forwarded-Prefix", "X-Forwarded-Server", "X-Forwarded-For",
            "X-Forwarded-Ssl", "X-Real-IP");
    /**
     * The caller's W3C trace context: the gateway's server span continues it, and the proxy's client span (OpenTelemetry's
     * Vert.x instrumentation) adds the gateway's own, so the service's span is a child of the gateway's. Passed on as
     * well, the caller's would reach the service as a second, conflicting {@code traceparent}.
     */
    private static final List<String> CALLER_TRACE_HEADERS = List.of("traceparent", "tracestate");

    private final GatewayConfig config;
    private final Vertx vertx;
    private final BodyLimits bodyLimits;
    private final ServiceBreakers breakers;
    private final String publicAuthority;
    private final String publicScheme;

    public ServiceRoutes(GatewayConfig config, Vertx vertx, BodyLimits bodyLimits, ServiceBreakers breakers) {
        this.config = config;
        this.vertx = vertx;
        this.bodyLimits = bodyLimits;
        this.breakers = breakers;
        URI publicUrl = config.publicUrl();
        this.publicScheme = publicUrl.getScheme() == null ? "http" : publicUrl.getScheme();
        this.publicAuthority = publicUrl.getPort() > 0 ? publicUrl.getHost() + ":" + publicUrl.getPort() : publicUrl.getHost();
    }

    void register(@Observes Router router) {
        for (Map.Entry<String, GatewayConfig.Upstream> service : config.services().entrySet()) {
            HttpProxy proxy = proxyTo(service.getKey(), service.getValue());
            for (String prefix : service.getValue().prefixes()) {
                router.routeWithRegex("^" + Pattern.quote(prefix) + "(/.*)?$").order(EdgeOrder.PROXY)
                        .handler(rc -> forward(rc, proxy));
            }
            LOG.infof("routing %s to %s", service.getValue().prefixes(), service.getValue().url());
        }
        router.routeWithRegex("^/api/v1(/.*)?$").order(EdgeOrder.NO_OWNER).handler(this::noOwner);
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
        // by now the request id is settled (access log), the path is plain, the body's announced length is within its
        // route's limit, the caller is verified and within its rate limits: what is left is to say who the caller is
        var headers = rc.request().headers();
        // what a client claims about proxies in front of it is never passed on: the services trust these headers
        CLIENT_FORWARDING_HEADERS.forEach(headers::remove);
        CALLER_TRACE_HEADERS.forEach(headers::remove);
        // links and Location name the public address, never the client's Host header
        headers.set("X-Forwarded-Host", publicAuthority);
        headers.set("X-Forwarded-Proto", publicScheme);
        headers.set("X-Forwarded-For", RateLimits.address(rc));
        if (rc.request().version() == HttpVersion.HTTP_2 && headers.get("Content-Length") == null
                && BODY_METHODS.contains(rc.request().method())) {
            // an HTTP/2 body of unannounced length has no Transfer-Encoding; towards the service (HTTP/1.1) it is chunked
            headers.set("Transfer-Encoding", "chunked");
        }
        proxy.handle(rc.request());
    }

    private void noOwner(RoutingContext rc) {
        String path = rc.request().path();
        if (GATEWAY_OWNED.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))) {
            rc.next();
            return;
        }
        GatewayProblem.send(rc, 404, Text.of("problem.title.not-found"), Text.of("gateway.route.none"));
    }

    /**
     * Whether the service stayed silent past its timeout: Vert.x fails the exchange with a {@link TimeoutException}
     * ({@code NoStackTraceTimeoutException}) when a request's idle timeout passes. A connection that could not be made in
     * time is not one (Netty's {@code ConnectTimeoutException} is a {@code ConnectException}): that service is unreachable.
     */
    static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
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
            LimitedBody limited = countChunkedBody(context);
            HttpServerRequest client = context.request().proxiedRequest();
            return breakers.<ProxyResponse>call(service, () -> context.sendRequest().transform(sent -> {
                        if (sent.succeeded()) {
                            ProxyResponse response = sent.result();
                            return response.getStatusCode() >= 502 && response.getStatusCode() <= 504
                                    ? Future.failedFuture(new ServiceBreakers.FailedAnswer(response))
                                    : Future.succeededFuture(response);
                        }
                        // the exchange broke: whose fault was it? the client's body or hang-up is not the service's
                        if (limited != null && limited.exceeded()) {
                            return Future.failedFuture(new ServiceBreakers.ClientFault(413, "body too large"));
                        }
                        if (client.response().closed()) {
                            return Future.failedFuture(new ServiceBreakers.ClientFault(499, "client closed the connection"));
                        }
                        return Future.failedFuture(sent.cause());
                    }))
                    .recover(failure -> {
                        if (failure instanceof ServiceBreakers.FailedAnswer answer) {
                            return Future.succeededFuture(answer.<ProxyResponse>answer());
                        }
                        if (failure instanceof ServiceBreakers.ClientFault fault) {
                            return Future.succeededFuture(refused(context, fault, limited));
                        }
                        return Future.succeededFuture(unavailable(context, failure));
                    });
        }

        /** A chunked body is counted as it streams to the service; an announced length was checked at the edge. */
        private LimitedBody countChunkedBody(ProxyContext context) {
            Body body = context.request().getBody();
            if (body == null || body.length() >= 0) {
                return null;
            }
            LimitedBody limited = new LimitedBody(body.stream(), bodyLimits.maxBytes(context.request().proxiedRequest().path()));
            context.request().setBody(Body.body(limited, -1));
            return limited;
        }

        /** The client's fault: 413 for a body past the limit (then the connection closes: the rest is never read). */
        private ProxyResponse refused(ProxyContext context, ServiceBreakers.ClientFault fault, LimitedBody limited) {
            String id = context.request().headers().get(REQUEST_ID);
            context.set(CLOSE_AFTER_ANSWER, Boolean.TRUE);
            Text detail = fault.status() == 413 && limited != null
                    ? Text.of("problem.detail.body-too-large", bodyLimits.maxBytes(context.request().proxiedRequest().path()))
                    : Text.literal(fault.getMessage());
            int status = fault.status() == 413 ? 413 : 400;
            return context.request().release().response().setStatusCode(status)
                    .putHeader("Content-Type", GatewayProblem.MEDIA_TYPE).putHeader("Vary", Locales.HEADER)
                    .setBody(Body.body(Buffer.buffer(GatewayProblem.of(status,
                            status == 413 ? RoutingProblem.PAYLOAD_TOO_LARGE : Text.of("problem.title.bad-request"), detail,
                            context.request().proxiedRequest().path(), id, context.request().headers().get(Locales.HEADER)))));
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
            Text detail = Text.of(open ? "gateway.service.circuit-open" : slow ? "gateway.service.timeout" : "gateway.service.down",
                    service);
            return context.request().response().setStatusCode(status)
                    .putHeader("Content-Type", GatewayProblem.MEDIA_TYPE).putHeader("Vary", Locales.HEADER)
                    .putHeader("Retry-After", Long.toString(retryAfter))
                    .setBody(Body.body(Buffer.buffer(GatewayProblem.of(status,
                            Text.of(slow ? "problem.title.gateway-timeout" : "problem.title.unavailable"), detail,
                            context.request().proxiedRequest().path(), id, context.request().headers().get(Locales.HEADER)))));
        }

        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            String id = context.request().headers().get(REQUEST_ID);
            if (id != null) {
                context.response().headers().set(REQUEST_ID, id);
            }
            // the service's route template is for the gateway's metrics, not for the client
            String template = context.response().headers().get(RouteTemplateHeader.HEADER);
            context.response().headers().remove(RouteTemplateHeader.HEADER);
            RouteTemplates.labelFromService(context.request().proxiedRequest(), template,
                    config.services().get(service).prefixes());
            if (Boolean.TRUE.equals(context.get(CLOSE_AFTER_ANSWER, Boolean.class))) {
                // the rest of a refused body is dropped as it comes in; a client that goes on sending is cut off
                HttpServerRequest client = context.request().proxiedRequest();
                return context.sendResponse().onComplete(done -> RoutingProblem.closeUnlessEnded(vertx, client));
            }
            return context.sendResponse();
        }
    }
}
