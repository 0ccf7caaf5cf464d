package io.accord.gateway.overview;

import io.accord.gateway.proxy.GatewayProblem;
import io.accord.gateway.proxy.ServiceBreakers;
import io.accord.gateway.config.GatewayConfig;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code GET /api/v1/customers/{id}/overview}: one customer across all services, asked in parallel with the
 * caller's own credentials (so each service applies its own rules). A service that is down or slow only makes
 * its part {@code null} and listed under {@code unavailable}; the rest still comes back.
 */
@ApplicationScoped
public class CustomerOverview {

    private static final Set<String> SETTLED = Set.of("ACCEPTED", "DELIVERED");
    private static final Set<String> CLOSED = Set.of("ACCEPTED", "DELIVERED", "CANCELLED", "REJECTED");
    private static final Set<String> REVIEW_IN_PROGRESS = Set.of("OPEN", "CONSOLIDATED");

    private final GatewayConfig config;
    private final Vertx vertx;
    private final ServiceBreakers breakers;
    private HttpClient http;

    public CustomerOverview(GatewayConfig config, Vertx vertx, ServiceBreakers breakers) {
        this.config = config;
        this.vertx = vertx;
        this.breakers = breakers;
    }

    void register(@Observes Router router) {
        http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(32)
                .setConnectTimeout((int) config.connectTimeout().toMillis()));
        router.routeWithRegex(HttpMethod.GET, "^/api/v1/customers/([^/]+)/overview$").order(-11).handler(this::overview);
    }

    private record Part(int status, Buffer body) {
        boolean ok() {
            return status == 200;
        }

        JsonObject json() {
            return body.toJsonObject();
        }
    }

    private void overview(RoutingContext rc) {
        String id = rc.pathParam("param0");
        String requestId = rc.request().getHeader("X-Request-Id");
        if (requestId == null || requestId.isBlank()) {
            requestId = UUID.randomUUID().toString();
        }
        rc.response().putHeader("X-Request-Id", requestId);
        try {
            UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            GatewayProblem.send(rc, 400, "Invalid request", "the customer id must be a UUID");
            return;
        }
        MultiMap forward = MultiMap.caseInsensitiveMultiMap().add("X-Request-Id", requestId);
        String auth = rc.request().getHeader("Authorization");
        if (auth != null) {
            forward.add("Authorization", auth);
        }
        Future<Part> customer = get("requirements", "/api/v1/customers/" + id, forward);
        Future<Part> requirements = get("requirements", "/api/v1/requirements?size=200&customerId=" + id, forward);
        Future<Part> reviews = get("reviews", "/api/v1/reviews?size=200&customerId=" + id, forward);
        Future<Part> feedback = get("feedback", "/api/v1/feedback?size=50&customerId=" + id, forward);
        Future<Part> complaints = get("complaints", "/api/v1/complaints?size=50&customerId=" + id, forward);
        Future.join(List.of(customer, requirements, reviews, feedback, complaints)).onComplete(done -> {
            Part c = customer.result();
            if (c.status() == 401 || c.status() == 403 || c.status() == 404) {
                rc.response().setStatusCode(c.status()).putHeader("Content-Type", "application/problem+json").end(c.body());
                return;
            }
            JsonArray unavailable = new JsonArray();
            JsonObject body = new JsonObject().put("customerId", id);
            body.put("customer", part(c, "customer", unavailable));
            JsonObject reqs = part(requirements.result(), "requirements", unavailable);
            if (reqs != null) {
                JsonArray items = reqs.getJsonArray("items", new JsonArray());
                body.put("requirements", new JsonObject().put("total", reqs.getValue("total"))
                        .put("open", filter(items, s -> !CLOSED.contains(s))).put("accepted", filter(items, SETTLED::contains)));
            } else {
                body.putNull("requirements");
            }
            JsonObject revs = part(reviews.result(), "reviews", unavailable);
            body.put("reviewsInProgress", revs == null ? null : filter(revs.getJsonArray("items", new JsonArray()), REVIEW_IN_PROGRESS::contains));
            JsonObject fb = part(feedback.result(), "feedback", unavailable);
            body.put("feedback", fb == null ? null : fb.getJsonArray("items"));
            JsonObject co = part(complaints.result(), "complaints", unavailable);
            body.put("complaints", co == null ? null : co.getJsonArray("items"));
            body.put("unavailable", unavailable);
            rc.response().putHeader("Content-Type", "application/json").end(body.encode());
        });
    }

    private static JsonObject part(Part part, String name, JsonArray unavailable) {
        if (part.ok()) {
            return part.json();
        }
        unavailable.add(name);
        return null;
    }

    private static JsonArray filter(JsonArray items, java.util.function.Predicate<String> status) {
        JsonArray out = new JsonArray();
        for (int i = 0; i < items.size(); i++) {
            JsonObject item = items.getJsonObject(i);
            if (status.test(item.getString("status"))) {
                out.add(item);
            }
        }
        return out;
    }

    /** One call; any failure (down, slow, unreadable) becomes status -1 so the overview can carry on. */
    private Future<Part> get(String service, String uri, MultiMap headers) {
        GatewayConfig.Upstream upstream = config.services().get(service);
        if (upstream == null) {
            return Future.succeededFuture(new Part(-1, null));
        }
        long timeout = upstream.timeout().orElse(config.responseTimeout()).toMillis();
        return breakers.<Part>call(service, () -> http.request(new RequestOptions().setMethod(HttpMethod.GET)
                                .setAbsoluteURI(upstream.url() + uri).setHeaders(headers).setIdleTimeout(Math.min(timeout, 10_000)))
                        .compose(request -> request.send())
                        .compose(response -> response.body().map(b -> new Part(response.statusCode(), b)))
                        .compose(p -> p.status() >= 502 && p.status() <= 504
                                ? Future.failedFuture(new ServiceBreakers.FailedAnswer(p)) : Future.succeededFuture(p)))
                .map(p -> {
                    if (p.ok()) {
                        p.json();
                    }
                    return p;
                })
                .recover(failure -> Future.succeededFuture(new Part(-1, null)));
    }


}
