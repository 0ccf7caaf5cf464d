package io.accord.gateway.proxy;

import java.util.function.Supplier;
import io.accord.gateway.config.GatewayConfig;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A SmallRye Fault Tolerance circuit breaker per service, shared by the proxy and the customer overview. A call
 * fails when the service cannot be reached, does not answer in time, or answers 502/503/504; once the failure
 * ratio over the window is reached the breaker opens (a {@link ClientFault} never counts) and calls are refused at once (no connection attempts, no
 * waiting for timeouts) until the delay passes and a trial call succeeds. Calls stay on the event loop.
 */
@ApplicationScoped
public class ServiceBreakers {

    private static final Logger LOG = Logger.getLogger(ServiceBreakers.class);

    /** A service's answer that counts as a failure for the breaker but is still passed on to the caller. */
    public static final class FailedAnswer extends RuntimeException {
        private final transient Object answer;

        public FailedAnswer(Object answer) {
            super("the service answered with a server error", null, false, false);
            this.answer = answer;
        }

        @SuppressWarnings("unchecked")
        public <T> T answer() {
            return (T) answer;
        }
    }

    /**
     * An exchange that failed because of the client, not the service (its body was too large, it hung up): passed
     * through the breaker as a success, so one client cannot open the circuit for everybody.
     */
    public static final class ClientFault extends RuntimeException {
        private final int status;

        public ClientFault(int status, String reason) {
            super(reason, null, false, false);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final GatewayConfig.CircuitBreaker config;
    private final Map<String, Guard> guards = new ConcurrentHashMap<>();
    private final Map<String, CircuitBreakerState> states = new ConcurrentHashMap<>();

    public ServiceBreakers(GatewayConfig config) {
        this.config = config.circuitBreaker();
    }

    public static boolean isOpen(Throwable failure) {
        return failure instanceof CircuitBreakerOpenException;
    }

    public CircuitBreakerState state(String service) {
        return states.getOrDefault(service, CircuitBreakerState.CLOSED);
    }

    /** Runs the call through the service's breaker; the result comes back on the caller's Vert.x context. */
    public <T> Future<T> call(String service, Supplier<Future<T>> call) {
        Context context = Vertx.currentContext();
        CompletionStage<T> guarded;
        try {
            guarded = guard(service).get(() -> call.get().toCompletionStage(), new TypeLiteral<CompletionStage<T>>() {
            });
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        return context == null ? Future.fromCompletionStage(guarded) : Future.fromCompletionStage(guarded, context);
    }

    private Guard guard(String service) {
        return guards.computeIfAbsent(service, name -> Guard.create()
                .withDescription("gateway -> " + name)
                .withCircuitBreaker()
                .requestVolumeThreshold(config.requestVolume())
                .failureRatio(config.failureRatio())
                .delay(config.delay().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(1)
                .skipOn(ClientFault.class)
                .onStateChange(state -> {
                    states.put(name, state);
                    LOG.warnf("circuit breaker for %s is now %s", name, state);
                })
                .done()
                .withThreadOffload(false)
                .build());
    }
}
