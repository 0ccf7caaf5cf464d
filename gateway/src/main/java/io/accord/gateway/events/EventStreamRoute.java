package io.accord.gateway.events;

import io.accord.gateway.config.GatewayConfig;
import io.accord.gateway.metrics.RateLimited;
import io.accord.gateway.proxy.EdgeIdentity;
import io.accord.gateway.proxy.EdgeOrder;
import io.accord.gateway.proxy.GatewayProblem;
import io.accord.gateway.service.StreamTickets;
import io.accord.infra.i18n.Text;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code GET /api/v1/events}: Server-Sent Events of the domain events the caller's roles may see, for a bearer token
 * or a single-use stream ticket ({@code ?ticket=}, for browsers). A stream lives no longer than its token: it ends when
 * the token expires and the client reconnects with a fresh one. Each principal holds a bounded number of streams per
 * replica (connects are rate-limited like every route, group {@code events}). Resumes after {@code Last-Event-ID}
 * (the header, or {@code ?lastEventId=} for browsers) from a bounded window, or tells the client to resync
 * ({@code event: resync}) when it cannot; sends heartbeats; and drops a client that cannot keep up instead of buffering
 * for it.
 */
@ApplicationScoped
public class EventStreamRoute {

    private static final Logger LOG = Logger.getLogger(EventStreamRoute.class);
    private static final int MAX_QUEUED_BYTES = 256 * 1024;

    private final LiveEventHub hub;
    private final StreamTickets tickets;
    private final OpenStreams openStreams;
    private final RateLimited refusals;
    private final Vertx vertx;
    private final GatewayConfig config;
    private final Duration heartbeat;
    private final Clock clock;

    public EventStreamRoute(LiveEventHub hub, StreamTickets tickets, Vertx vertx, GatewayConfig config, Clock clock,
            MeterRegistry registry, RateLimited refusals) {
        this.hub = hub;
        this.tickets = tickets;
        this.vertx = vertx;
        this.config = config;
        this.clock = clock;
        this.refusals = refusals;
        this.heartbeat = config.events().heartbeat();
        this.openStreams = new OpenStreams(config.events().maxStreamsPerPrincipal());
        Gauge.builder("accord.gateway.live.streams", openStreams, OpenStreams::total)
                .description("live event streams (Server-Sent Events) open on this gateway replica")
                .strongReference(true).register(registry);
    }

    /** Who a stream is for, and until when (epoch seconds) its credential is valid. */
    private record Viewer(String name, Set<String> roles, long expiresAtEpochSecond) {
    }

    void register(@Observes Router router) {
        router.route(HttpMethod.GET, "/api/v1/events").order(EdgeOrder.OWN_ROUTES).handler(this::stream);
    }

    private void stream(RoutingContext rc) {
        EdgeIdentity.Caller caller = EdgeIdentity.of(rc);
        String ticket = rc.request().getParam("ticket");
        if (ticket == null) {
            if (caller.isAnonymous()) {
                rc.response().putHeader("WWW-Authenticate", "Bearer");
                GatewayProblem.send(rc, 401, Text.of("problem.title.unauthorized"), Text.of("gateway.events.credentials"));
                return;
            }
            open(rc, new Viewer(caller.name(), caller.roles(), caller.expiresAtEpochSecond()));
            return;
        }
        if (!caller.isAnonymous()) {
            GatewayProblem.send(rc, 400, Text.of("problem.title.invalid"), Text.of("gateway.events.both"));
            return;
        }
        vertx.<Optional<StreamTickets.Holder>>executeBlocking(() -> tickets.redeem(ticket), false).onComplete(redeemed -> {
            if (redeemed.failed()) {
                LOG.warnf("stream ticket lookup failed: %s", redeemed.cause().toString());
                rc.response().putHeader("Retry-After", Integer.toString(config.retryAfterSeconds()));
                GatewayProblem.send(rc, 503, Text.of("problem.title.unavailable"), Text.of("gateway.events.tickets-down"));
            } else if (redeemed.result().isEmpty()) {
                GatewayProblem.send(rc, 401, Text.of("problem.title.unauthorized"), Text.of("gateway.events.ticket-unknown"));
            } else {
                StreamTickets.Holder holder = redeemed.result().get();
                open(rc, new Viewer(holder.principal(), holder.roles(), holder.tokenExpiresAt().getEpochSecond()));
            }
        });
    }

    private void open(RoutingContext rc, Viewer viewer) {
        long lifetimeMillis = viewer.expiresAtEpochSecond() * 1000 - clock.millis();
        if (lifetimeMillis <= 0) {
            GatewayProblem.send(rc, 401, Text.of("problem.title.unauthorized"), Text.of("gateway.events.expired"));
            return;
        }
        if (!openStreams.tryOpen(viewer.name())) {
            refusals.refused(RateLimited.EVENTS_GROUP, RateLimited.STREAMS);
            rc.response().putHeader("Retry-After", Integer.toString(config.retryAfterSeconds()));
            GatewayProblem.send(rc, 429, Text.of("problem.title.too-many-requests"),
                    Text.of("gateway.events.too-many", config.events().maxStreamsPerPrincipal()));
            return;
        }
        HttpServerResponse response = rc.response().setChunked(true).putHeader("Content-Type", "text/event-stream")
                .putHeader("Cache-Control", "no-cache").putHeader("X-Accel-Buffering", "no");
        response.setWriteQueueMaxSize(MAX_QUEUED_BYTES);
        response.write(": connected\n\n");
        Context context = vertx.getOrCreateContext();
        Stream stream = new Stream(response, viewer);
        stream.unsubscribe = hub.subscribe(event -> {
            if (stream.open.get() && EventVisibility.visible(viewer.roles(), viewer.name(), event)) {
                context.runOnContext(v -> stream.send(event));
            }
        });
        String lastEventId = resumeAfter(rc);
        if (lastEventId != null) {
            RecentEvents.Replay replay = hub.after(lastEventId, config.events().maxReplay());
            if (!replay.complete()) {
                // too long ago or too many: the client reloads what it shows rather than miss events unknowingly
                response.write("event: resync\ndata: {\"reason\":\"events after " + jsonSafe(lastEventId)
                        + " can no longer be replayed\"}\n\n");
            }
            replay.events().stream().filter(e -> EventVisibility.visible(viewer.roles(), viewer.name(), e)).forEach(stream::send);
        }
        stream.heartbeatTimer = vertx.setPeriodic(heartbeat.toMillis(), id -> {
            if (stream.open.get() && !response.writeQueueFull()) {
                response.write(": heartbeat\n\n");
            }
        });
        stream.expiryTimer = vertx.setTimer(lifetimeMillis, id -> {
            // the token is no longer valid: end the stream; the client reconnects with a fresh token or ticket
            if (stream.open.get()) {
                response.write("event: expired\ndata: {\"reason\":\"the token expired\"}\n\n");
                stream.close();
                response.end();
            }
        });
        response.closeHandler(v -> stream.close());
        response.endHandler(v -> stream.close());
    }

    /**
     * Where the client left off: the {@code Last-Event-ID} header, or the {@code lastEventId} query parameter for a
     * browser, whose EventSource sends the header only when it reconnects by itself (a stream opened with a new ticket
     * is a new EventSource). The header wins when both are sent.
     */
    private static String resumeAfter(RoutingContext rc) {
        String header = rc.request().getHeader("Last-Event-ID");
        return header != null ? header : rc.request().getParam("lastEventId");
    }

    private static String jsonSafe(String value) {
        return value.replaceAll("[^A-Za-z0-9._:-]", "?");
    }

    /** One open stream: its writes, its timers, and the slot it holds for its principal, released exactly once. */
    private final class Stream {
        final HttpServerResponse response;
        final Viewer viewer;
        final AtomicBoolean open = new AtomicBoolean(true);
        final AtomicLong lastSent = new AtomicLong(-1);
        Runnable unsubscribe = () -> {
        };
        long heartbeatTimer = -1;
        long expiryTimer = -1;

        Stream(HttpServerResponse response, Viewer viewer) {
            this.response = response;
            this.viewer = viewer;
        }

        void send(LiveEvent event) {
            if (!open.get() || event.seq() <= lastSent.get()) {
                return; // closed, or already sent by the replay
            }
            if (response.writeQueueFull()) {
                // a slow client is not buffered for: close, it reconnects with Last-Event-ID
                close();
                response.reset();
                return;
            }
            lastSent.set(event.seq());
            response.write("id: " + event.id() + "\nevent: " + event.type() + "\ndata: " + event.envelope().encode() + "\n\n");
        }

        void close() {
            if (open.compareAndSet(true, false)) {
                unsubscribe.run();
                vertx.cancelTimer(heartbeatTimer);
                vertx.cancelTimer(expiryTimer);
                openStreams.release(viewer.name());
            }
        }
    }
}
