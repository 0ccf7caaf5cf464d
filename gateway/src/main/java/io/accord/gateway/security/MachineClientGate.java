package io.accord.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.accord.gateway.ApiScope;
import io.accord.gateway.config.GatewayConfig;
import io.accord.gateway.proxy.EdgeIdentity;
import io.accord.gateway.proxy.EdgeOrder;
import io.accord.gateway.proxy.GatewayProblem;
import io.accord.gateway.service.ApiClientService.MachineCaller;
import io.accord.gateway.service.ApiClientService;
import io.accord.infra.i18n.Text;
import io.accord.infra.security.SecretTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Requests with {@code X-API-Key} (machine clients): the key is looked up (off the event loop), and a valid one is
 * replaced by an internal bearer token, so everything behind this point — edge verification, rate limits, the
 * services — sees one kind of identity. A key reaches the order API and nothing else.
 */
@ApplicationScoped
public class MachineClientGate {

    public static final String HEADER = "X-API-Key";
    /** Database look-ups of API keys, by outcome (known, unknown, failed). */
    public static final String LOOKUPS = "accord.gateway.api_key.lookups";
    /** Issued keys are 47 characters; anything much longer is not one. */
    private static final int MAX_KEY_LENGTH = 200;
    private static final Logger LOG = Logger.getLogger(MachineClientGate.class);

    private final ApiClientService clients;
    private final InternalTokens tokens;
    private final Vertx vertx;
    private final int retryAfterSeconds;
    /** Hashes of keys recently found unknown (or revoked), bounded in size and time. */
    private final Cache<String, Boolean> unknownKeys;

    private final MeterRegistry metrics;

    public MachineClientGate(ApiClientService clients, InternalTokens tokens, Vertx vertx,
            GatewayConfig config, MeterRegistry metrics) {
        this.metrics = metrics;
        this.clients = clients;
        this.tokens = tokens;
        this.vertx = vertx;
        this.retryAfterSeconds = config.retryAfterSeconds();
        this.unknownKeys = Caffeine.newBuilder().maximumSize(10_000)
                .expireAfterWrite(config.machineClients().unknownKeyTtl()).build();
    }

    void register(@Observes Router router) {
        router.route().order(EdgeOrder.API_KEY).handler(this::gate);
    }

    private static void refuseUnknown(RoutingContext rc) {
        rc.response().putHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
        GatewayProblem.send(rc, 401, Text.of("problem.title.unauthorized"), Text.of("gateway.key.unknown"));
    }

    private void gate(RoutingContext rc) {
        String key = rc.request().getHeader(HEADER);
        if (key == null) {
            rc.next();
            return;
        }
        // judged on the path as the services will see it: dot segments or encoded dots could climb out of /orders
        String path = rc.normalizedPath();
        if (!path.equals(rc.request().path()) || path.contains("%")) {
            GatewayProblem.send(rc, 400, Text.of("problem.title.invalid"), Text.of("gateway.key.plain-path"));
            return;
        }
        if (!(path.equals(ApiScope.ORDERS_PREFIX) || path.startsWith(ApiScope.ORDERS_PREFIX + "/"))) {
            GatewayProblem.send(rc, 403, Text.of("problem.title.forbidden"), Text.of("gateway.key.orders-only", ApiScope.ORDERS_PREFIX));
            return;
        }
        if (rc.request().getHeader("Authorization") != null) {
            GatewayProblem.send(rc, 400, Text.of("problem.title.invalid"), Text.of("gateway.key.both"));
            return;
        }
        String keyHash = SecretTokens.hash(key);
        if (key.length() > MAX_KEY_LENGTH || unknownKeys.getIfPresent(keyHash) != null) {
            // a key just found unknown (or one no key could be) costs no database round trip: guessing stays cheap for us
            refuseUnknown(rc);
            return;
        }
        // the body waits (it is streamed on to the service later) while the key is looked up
        rc.request().pause();
        vertx.<Optional<MachineCaller>>executeBlocking(() -> clients.authenticate(key), false).onComplete(lookup -> {
            // a rising count of unknown keys is someone guessing: operations alert on it
            metrics.counter(LOOKUPS, "outcome", lookup.failed() ? "failed" : lookup.result().isPresent() ? "known" : "unknown")
                    .increment();
            if (lookup.failed()) {
                LOG.warnf("API key lookup failed: %s", lookup.cause().toString());
                rc.response().putHeader("Retry-After", Integer.toString(retryAfterSeconds));
                GatewayProblem.send(rc, 503, Text.of("problem.title.unavailable"), Text.of("gateway.key.down"));
                return;
            }
            if (lookup.result().isEmpty()) {
                unknownKeys.put(keyHash, Boolean.TRUE);
                refuseUnknown(rc);
                return;
            }
            MachineCaller caller = lookup.result().get();
            ApiScope needed = ApiScope.neededFor(rc.request().method().name());
            if (!caller.scopes().contains(needed.value())) {
                GatewayProblem.send(rc, 403, Text.of("problem.title.forbidden"), Text.of("gateway.key.scope", needed.value()));
                return;
            }
            String bearer;
            try {
                bearer = tokens.bearerFor(caller);
            } catch (RuntimeException e) {
                LOG.errorf("cannot sign the internal token for API client %s: %s", caller.id(), e.toString());
                rc.response().putHeader("Retry-After", Integer.toString(retryAfterSeconds));
                GatewayProblem.send(rc, 503, Text.of("problem.title.unavailable"), Text.of("gateway.key.sign-in-down"));
                return;
            }
            rc.request().headers().remove(HEADER);
            rc.request().headers().set("Authorization", bearer);
            rc.put(EdgeIdentity.KEY_EXCHANGED, Boolean.TRUE);
            rc.next();
        });
    }
}
