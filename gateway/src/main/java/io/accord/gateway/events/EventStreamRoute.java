package io.accord.gateway.events;

import io.accord.gateway.proxy.GatewayProblem;
import io.accord.gateway.config.GatewayConfig;
import io.accord.gateway.proxy.EdgeIdentity;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code GET /api/v1/events}: Server-Sent Events of the domain events the caller's roles may see. Resumes after
 * {@code Last-Event-ID} from the last few minutes, sends a heartbeat comment, and drops a client whose connection
 * cannot keep up instead of buffering for it (it reconnects and resumes).
 */
@ApplicationScoped
public class EventStreamRoute {

    private static final int MAX_QUEUED_BYTES = 256 * 1024;

    private final LiveEventHub hub;
    private final EdgeIdentity identity;
    private final Vertx vertx;
    private final Duration heartbeat;

    public EventStreamRoute(LiveEventHub hub, EdgeIdentity identity, Vertx vertx, GatewayConfig config) {
        this.hub = hub;
        this.identity = identity;
        this.vertx = vertx;
        this.heartbeat = config.events().heartbeat();
    }

    void register(@Observes Router router) {
        router.route(HttpMethod.GET, "/api/v1/events").order(-11).handler(this::stream);
    }

    private void stream(RoutingContext rc) {
        EdgeIdentity.Caller caller = identity.of(rc.request().getHeader("Authorization"));
        if (caller.refusal() != null || caller.isAnonymous()) {
            rc.response().putHeader("WWW-Authenticate", "Bearer");
            GatewayProblem.send(rc, 401, "Unauthorized", "the event stream needs a valid bearer token");
            return;
        }
        HttpServerResponse response = rc.response().setChunked(true).putHeader("Content-Type", "text/event-stream")
                .putHeader("Cache-Control", "no-cache").putHeader("X-Accel-Buffering", "no");
        response.setWriteQueueMaxSize(MAX_QUEUED_BYTES);
        response.write(": connected\n\n");
        Context context = vertx.getOrCreateContext();
        AtomicBoolean open = new AtomicBoolean(true);
        Runnable[] unsubscribe = new Runnable[1];
        unsubscribe[0] = hub.subscribe(event -> {
            if (open.get() && EventVisibility.visible(caller.roles(), caller.name(), event)) {
                context.runOnContext(v -> send(response, event, open, unsubscribe[0]));
            }
        });
        String lastEventId = rc.request().getHeader("Last-Event-ID");
        if (lastEventId != null) {
            hub.after(lastEventId).stream().filter(e -> EventVisibility.visible(caller.roles(), caller.name(), e))
                    .forEach(e -> send(response, e, open, unsubscribe[0]));
        }
        long timer = vertx.setPeriodic(heartbeat.toMillis(), id -> {
            if (open.get() && !response.writeQueueFull()) {
                response.write(": heartbeat\n\n");
            }
        });
        response.closeHandler(v -> {
            open.set(false);
            unsubscribe[0].run();
            vertx.cancelTimer(timer);
        });
    }

    private static void send(HttpServerResponse response, LiveEvent event, AtomicBoolean open, Runnable unsubscribe) {
        if (!open.get()) {
            return;
        }
        if (response.writeQueueFull()) {
            // a slow client is not buffered for: close, it reconnects with Last-Event-ID
            open.set(false);
            unsubscribe.run();
            response.reset();
            return;
        }
        response.write("id: " + event.id() + "\nevent: " + event.type() + "\ndata: " + event.envelope().encode() + "\n\n");
    }
}
