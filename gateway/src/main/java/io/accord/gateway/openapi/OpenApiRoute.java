package io.accord.gateway.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.accord.gateway.config.GatewayConfig;
import io.accord.gateway.proxy.EdgeOrder;
import io.accord.gateway.proxy.GatewayProblem;
import io.accord.gateway.proxy.ServiceClient;
import io.accord.infra.i18n.Text;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code GET /q/openapi}: one OpenAPI document for the whole public API, merged from the gateway's own document
 * (served at {@value #OWN_PATH}) and each service's {@code /q/openapi}. YAML by default like every Quarkus
 * service, JSON with {@code ?format=json} or {@code Accept: application/json}. A complete merge is kept for a
 * minute; a partial one (a service down) is rebuilt on the next request and names the missing services.
 */
@ApplicationScoped
public class OpenApiRoute {

    static final String OWN_PATH = "/q/openapi-gateway";
    private static final long KEEP_NANOS = 60_000_000_000L;
    private static final YAMLMapper YAML = new YAMLMapper();

    private record Cached(JsonObject document, long until) {
    }

    private final GatewayConfig config;
    private final ServiceClient services;
    private final HttpClient self;
    private final String version;
    private final AtomicReference<Cached> cache = new AtomicReference<>();

    public OpenApiRoute(GatewayConfig config, ServiceClient services, Vertx vertx,
            @ConfigProperty(name = "quarkus.smallrye-openapi.info-version", defaultValue = "1.0") String version) {
        this.config = config;
        this.services = services;
        this.self = vertx.createHttpClient();
        this.version = version;
    }

    void register(@Observes Router router) {
        router.route(HttpMethod.GET, "/q/openapi").order(EdgeOrder.OPENAPI).handler(this::serve);
    }

    private void serve(RoutingContext rc) {
        Cached cached = cache.get();
        Future<JsonObject> document = cached != null && cached.until() - System.nanoTime() > 0
                ? Future.succeededFuture(cached.document()) : build(rc.request().localAddress().port());
        document.onComplete(done -> {
            if (done.failed()) {
                rc.response().putHeader("Retry-After", Integer.toString(config.retryAfterSeconds()));
                GatewayProblem.send(rc, 503, Text.of("problem.title.unavailable"), Text.of("gateway.openapi.unavailable"));
                return;
            }
            if (wantsJson(rc)) {
                rc.response().putHeader("Content-Type", "application/json").end(done.result().encodePrettily());
                return;
            }
            try {
                rc.response().putHeader("Content-Type", "application/yaml;charset=UTF-8")
                        .end(YAML.writeValueAsString(YAML.readTree(done.result().encode())));
            } catch (JsonProcessingException e) {
                rc.fail(e);
            }
        });
    }

    private Future<JsonObject> build(int ownPort) {
        Map<String, Future<JsonObject>> parts = new LinkedHashMap<>();
        parts.put("gateway", self.request(new RequestOptions().setMethod(HttpMethod.GET).setHost("127.0.0.1").setPort(ownPort)
                        .setURI(OWN_PATH + "?format=json"))
                .compose(request -> request.send()).compose(response -> response.body()).map(body -> body.toJsonObject()));
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Accept", "application/json");
        for (String service : config.services().keySet()) {
            parts.put(service, services.get(service, "/q/openapi?format=json", headers).map(ServiceClient.Answer::json));
        }
        return Future.join(new ArrayList<>(parts.values())).transform(ignored -> {
            if (parts.get("gateway").failed()) {
                return Future.failedFuture("the gateway's own document is not readable");
            }
            Map<String, JsonObject> documents = new LinkedHashMap<>();
            List<String> unavailable = new ArrayList<>();
            parts.forEach((name, part) -> {
                if (part.succeeded() && part.result() != null) {
                    documents.put(name, part.result());
                } else {
                    unavailable.add(name);
                }
            });
            JsonObject merged = OpenApiMerge.merge(documents, unavailable, version);
            if (unavailable.isEmpty()) {
                cache.set(new Cached(merged, System.nanoTime() + KEEP_NANOS));
            }
            return Future.succeededFuture(merged);
        });
    }

    private static boolean wantsJson(RoutingContext rc) {
        String format = rc.request().getParam("format");
        if (format != null) {
            return format.equalsIgnoreCase("json");
        }
        String accept = rc.request().getHeader("Accept");
        return accept != null && accept.contains("application/json");
    }
}
