package io.accord.gateway.overview;

import io.accord.gateway.metrics.RouteTemplates;
import io.accord.gateway.proxy.GatewayProblem;
import io.accord.gateway.proxy.ServiceClient;
import io.accord.gateway.proxy.ServiceClient.Answer;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
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

    private final ServiceClient services;

    public CustomerOverview(ServiceClient services) {
        this.services = services;
    }

    void register(@Observes Router router) {
        router.routeWithRegex(HttpMethod.GET, "^/api/v1/customers/([^/]+)/overview$").order(io.accord.gateway.proxy.EdgeOrder.OWN_ROUTES).handler(this::overview);
    }

    private void overview(RoutingContext rc) {
        RouteTemplates.label(rc, "/api/v1/customers/{id}/overview");
        if (io.accord.gateway.proxy.EdgeIdentity.of(rc).isAnonymous()) {
            // six calls to four services on behalf of no one would be refused by each of them: refuse once, here
            rc.response().putHeader("WWW-Authenticate", "Bearer");
            GatewayProblem.send(rc, 401, "Unauthorized", "the customer overview needs a bearer token");
            return;
        }
        String id = rc.pathParam("param0");
        String requestId = rc.request().getHeader("X-Request-Id");
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
        Future<Answer> customer = services.get("requirements", "/api/v1/customers/" + id, forward);
        Future<Answer> requirements = services.get("requirements", "/api/v1/requirements?size=200&customerId=" + id, forward);
        Future<Answer> reviews = services.get("reviews", "/api/v1/reviews?size=200&customerId=" + id, forward);
        Future<Answer> feedback = services.get("feedback", "/api/v1/feedback?size=50&customerId=" + id, forward);
        Future<Answer> satisfaction = services.get("feedback", "/api/v1/satisfaction/summary?customerId=" + id, forward);
        Future<Answer> complaints = services.get("complaints", "/api/v1/complaints?size=50&customerId=" + id, forward);
        Future.join(List.of(customer, requirements, reviews, feedback, satisfaction, complaints)).onComplete(done -> {
            Answer c = customer.result();
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
            body.put("satisfaction", part(satisfaction.result(), "satisfaction", unavailable));
            JsonObject co = part(complaints.result(), "complaints", unavailable);
            body.put("complaints", co == null ? null : co.getJsonArray("items"));
            body.put("unavailable", unavailable);
            rc.response().putHeader("Content-Type", "application/json").end(body.encode());
        });
    }

    private static JsonObject part(Answer part, String name, JsonArray unavailable) {
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
}
