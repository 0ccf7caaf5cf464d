package io.accord.gateway.proxy;

import io.accord.gateway.config.GatewayConfig;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * JSON reads the gateway makes on its own account (the customer overview, the merged OpenAPI document), through
 * the service's circuit breaker and within its timeout. Any failure — down, slow, unreadable — becomes an answer
 * with status -1, so a caller that combines several services can carry on without that one.
 */
@ApplicationScoped
public class ServiceClient {

    /** A service's answer; {@code json()} is the parsed body of a 200. */
    public record Answer(int status, Buffer body, JsonObject json) {
        static final Answer NONE = new Answer(-1, null, null);

        public boolean ok() {
            return json != null;
        }
    }

    private final GatewayConfig config;
    private final ServiceBreakers breakers;
    private final HttpClient http;

    public ServiceClient(GatewayConfig config, ServiceBreakers breakers, Vertx vertx) {
        this.config = config;
        this.breakers = breakers;
        this.http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(32)
                .setConnectTimeout((int) config.connectTimeout().toMillis()));
    }

    public Future<Answer> get(String service, String uri, MultiMap headers) {
        return get(service, uri, headers, Duration.ofSeconds(10));
    }

    /** As {@link #get(String, String, MultiMap)}, waiting at most {@code within} (or the service's shorter timeout). */
    public Future<Answer> get(String service, String uri, MultiMap headers, Duration within) {
        GatewayConfig.Upstream upstream = config.services().get(service);
        if (upstream == null) {
            return Future.succeededFuture(Answer.NONE);
        }
        long timeout = Math.min(upstream.timeout().orElse(config.responseTimeout()).toMillis(), within.toMillis());
        return breakers.<Answer>call(service, () -> http.request(new RequestOptions().setMethod(HttpMethod.GET)
                                .setAbsoluteURI(upstream.url() + uri).setHeaders(headers).setIdleTimeout(timeout))
                        .compose(request -> request.send())
                        .compose(response -> response.body().map(body -> new Answer(response.statusCode(), body,
                                response.statusCode() == 200 ? body.toJsonObject() : null)))
                        .compose(answer -> answer.status() >= 502 && answer.status() <= 504
                                ? Future.failedFuture(new ServiceBreakers.FailedAnswer(answer)) : Future.succeededFuture(answer)))
                .recover(failure -> Future.succeededFuture(Answer.NONE));
    }
}
