package io.accord.gateway.events;

import io.smallrye.health.api.HealthGroup;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether the live event stream can read Kafka: DOWN while its consumer fails (it retries with a new one) or once its
 * reader has stopped. A wellness check ({@code /q/health/well}, and {@code /q/health}), deliberately neither readiness
 * nor liveness: the stream is one feature, so a broker outage must not take the gateway out of the load balancer or
 * get it restarted while routing, sign-in and the overview still work. It also reports in the health group {@code kafka}
 * ({@code /q/health/group/kafka}), where every Accord app shows what it needs Kafka for (the services: their outbox relay
 * and consumer channels).
 */
@Wellness
@HealthGroup("kafka")
@ApplicationScoped
public class LiveEventsHealthCheck implements HealthCheck {

    private final LiveEventHub hub;

    public LiveEventsHealthCheck(LiveEventHub hub) {
        this.hub = hub;
    }

    @Override
    public HealthCheckResponse call() {
        LiveEventHub.Status status = hub.status();
        return HealthCheckResponse.named("Live events")
                .status(status.reading())
                .withData("state", status.state().name())
                .withData("since", status.since().toString())
                .withData("lastError", status.lastError() == null ? "none" : status.lastError())
                .withData("failures", status.failures())
                .build();
    }
}
