package io.accord.infra.outbox;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The broker as the relay sees it, in the {@code kafka} health group ({@code /q/health/group/kafka}): DOWN while its
 * last batch could not be published, so operators learn within seconds that events are piling up in the outbox (none
 * is lost; they wait; {@code accord_outbox_pending} and {@code accord_outbox_oldest_age_seconds} show how many and
 * for how long). Deliberately not readiness: writes go on into the outbox while the broker is away, so a broker
 * outage must not take the service out of its load balancer.
 */
@HealthGroup(OutboxRelayHealthCheck.GROUP)
@ApplicationScoped
public class OutboxRelayHealthCheck implements HealthCheck {

    /** The health group of everything Kafka: the relay and the consumers' channels. */
    public static final String GROUP = "kafka";

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
