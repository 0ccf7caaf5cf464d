package io.accord.gateway.overview;

import io.accord.gateway.metrics.RouteTemplates;
import io.accord.gateway.proxy.EdgeIdentity;
import io.accord.gateway.proxy.EdgeOrder;
import io.accord.gateway.proxy.GatewayProblem;
import io.accord.gateway.proxy.ServiceClient.Answer;
import io.accord.gateway.proxy.ServiceClient;
import io.accord.infra.i18n.Locales;
import io.accord.infra.i18n.Text;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * {@code GET /api/v1/customers/{id}/overview}: one customer across all services, asked in parallel with the
 * caller's own credentials (so each service applies its own rules). A service that is down or slow only makes
 * its part {@code null} and listed under {@code unavailable}; the rest still comes back.
 */
@ApplicationScoped
public class CustomerOverview {

    private static final Set<String> SETTLED = Set.of("ACCEPTED", "DELIVERED");
    private static final Set<String> CLOSED = Set.of("ACCEPTED", "DELIVERED", "CANCELLED", "REJECTED");
    /** The largest page a list gives: the open and accepted lists come from the newest this many requirements. */
    private static final int LISTED = 200;
    private static final Set<String> REVIEW_IN_PROGRESS = Set.of("OPEN", "CONSOLIDATED");

    private final ServiceClient services;

    public CustomerOverview(ServiceClient services) {
        this.services = services;
    }

    void register(@Observes Router router) {
        router.routeWithRegex(HttpMethod.GET, "^/api/v1/customers/([^/]+)/overview$").order(EdgeOrder.OWN_ROUTES).handler(this::overview);
    }

    private void overview(RoutingContext rc) {
        RouteTemplates.label(rc, "/api/v1/customers/{id}/overview");
        if (EdgeIdentity.of(rc).isAnonymous()) {
            // ten calls to four services on behalf of no one would be refused by each of them: refuse once, here
            rc.response().putHeader("WWW-Authenticate", "Bearer");
            GatewayProblem.send(rc, 401, Text.of("problem.title.unauthorized"), Text.of("gateway.overview.bearer"));
            return;
        }
        String id = rc.pathParam("param0");
        String requestId = rc.request().getHeader("X-Request-Id");
        try {
            UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            GatewayProblem.send(rc, 400, Text.of("problem.title.invalid"), Text.of("gateway.overview.uuid"));
            return;
        }
        MultiMap forward = MultiMap.caseInsensitiveMultiMap().add("X-Request-Id", requestId);
        String auth = rc.request().getHeader("Authorization");
        if (auth != null) {
            forward.add("Authorization", auth);
        }
        // the parts carry the services' labels and problems in the reader's language
        String language = rc.request().getHeader(Locales.HEADER);
        if (language != null) {
            forward.add(Locales.HEADER, language);
        }
        Future<Answer> customer = services.get("requirements", "/api/v1/customers/" + id, forward);
        Future<Answer> requirements = services.get("requirements", "/api/v1/requirements?size=" + LISTED + "&customerId=" + id, forward);
        // the counts are exact however many requirements there are: the list's total per closed status (one row each),
        // and open = all - closed, since the list filters by one status at a time
        Map<String, Future<Answer>> closed = new LinkedHashMap<>();
        CLOSED.forEach(status -> closed.put(status, services.get("requirements",
                "/api/v1/requirements?size=1&customerId=" + id + "&status=" + status, forward)));
        Future<Answer> reviews = services.get("reviews", "/api/v1/reviews?size=200&customerId=" + id, forward);
        Future<Answer> feedback = services.get("feedback", "/api/v1/feedback?size=50&customerId=" + id, forward);
        Future<Answer> satisfaction = services.get("feedback", "/api/v1/satisfaction/summary?customerId=" + id, forward);
        Future<Answer> complaints = services.get("complaints", "/api/v1/complaints?size=50&customerId=" + id, forward);
        List<Future<Answer>> all = new ArrayList<>(List.of(customer, requirements, reviews, feedback, satisfaction, complaints));
        all.addAll(closed.values());
        Future.join(all).onComplete(done -> {
            Answer c = customer.result();
            if (c.status() == 401 || c.status() == 403 || c.status() == 404) {
                rc.response().setStatusCode(c.status()).putHeader("Content-Type", "application/problem+json")
                        .putHeader("Vary", Locales.HEADER).end(c.body());
                return;
            }
            JsonArray unavailable = new JsonArray();
            JsonObject body = new JsonObject().put("customerId", id);
            body.put("customer", part(c, "customer", unavailable));
            body.put("requirements", requirementsPart(requirements.result(), closed, unavailable));
            JsonObject revs = part(reviews.result(), "reviews", unavailable);
            body.put("reviewsInProgress", revs == null ? null : filter(revs.getJsonArray("items", new JsonArray()), REVIEW_IN_PROGRESS::contains));
            JsonObject fb = part(feedback.result(), "feedback", unavailable);
            body.put("feedback", fb == null ? null : fb.getJsonArray("items"));
            body.put("satisfaction", part(satisfaction.result(), "satisfaction", unavailable));
            JsonObject co = part(complaints.result(), "complaints", unavailable);
            body.put("complaints", co == null ? null : co.getJsonArray("items"));
            body.put("unavailable", unavailable);
            rc.response().putHeader("Content-Type", "application/json").putHeader("Vary", Locales.HEADER).end(body.encode());
        });
    }

    /**
     * The total, the open and accepted requirements among the newest {@link #LISTED}, and how many there are of each in
     * all ({@code openTotal}, {@code acceptedTotal}, exact unless {@code totalsExact} is false); null (and named unavailable) unless every count came back.
     */
    private static JsonObject requirementsPart(Answer list, Map<String, Future<Answer>> closed, JsonArray unavailable) {
        Map<String, Long> totals = new LinkedHashMap<>();
        boolean[] exact = {list.ok() && list.json().getBoolean("totalExact", true)};
        closed.forEach((status, answer) -> {
            if (answer.result().ok()) {
                totals.put(status, answer.result().json().getLong("total"));
                exact[0] &= answer.result().json().getBoolean("totalExact", true);
            }
        });
        if (!list.ok() || totals.size() < closed.size()) {
            unavailable.add("requirements");
            return null;
        }
        JsonArray items = list.json().getJsonArray("items", new JsonArray());
        long total = list.json().getLong("total");
        long closedTotal = totals.values().stream().mapToLong(Long::longValue).sum();
        long acceptedTotal = SETTLED.stream().mapToLong(totals::get).sum();
        return new JsonObject().put("total", total)
                .put("open", filter(items, s -> !CLOSED.contains(s))).put("accepted", filter(items, SETTLED::contains))
                // counted in separate requests: a change in between skews the open count by one, never below zero
                .put("openTotal", Math.max(0, total - closedTotal)).put("acceptedTotal", acceptedTotal)
                // a list counts up to a bound (Pages.COUNT_BOUND): beyond it the totals are lower bounds
                .put("totalsExact", exact[0]);
    }

    private static JsonObject part(Answer part, String name, JsonArray unavailable) {
        if (part.ok()) {
            return part.json();
        }
        unavailable.add(name);
        return null;
    }

    private static JsonArray filter(JsonArray items, Predicate<String> status) {
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
