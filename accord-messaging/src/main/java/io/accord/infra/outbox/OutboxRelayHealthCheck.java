package io.accord.infra.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness as the relay sees the broker: DOWN while its last batch could not be published, so operators
 * learn within seconds that events are piling up in the outbox (none is lost; they wait).
 */
@Readiness
@ApplicationScoped
public class OutboxRelayHealthCheck implements HealthCheck {

    private final OutboxRelay relay;

    public OutboxRelayHealthCheck(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        OutboxRelay.State state = relay.state();
        return HealthCheckResponse.named("Outbox relay")
                .status(state.healthy())
                .withData("lastError", state.lastError() == null ? "none" : state.lastError())
                .withData("published", state.published())
                .build();
    }
}
