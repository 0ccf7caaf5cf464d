package io.accord.infra.inbox;

import io.accord.infra.outbox.OutboxRelayHealthCheck;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.reactive.messaging.health.HealthReport;
import io.smallrye.reactive.messaging.providers.extension.HealthCenter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The consumers' channels as SmallRye Reactive Messaging rates their readiness (a Kafka source is ready while its
 * consumer is connected), one data entry per channel, in the {@code kafka} health group next to the outbox relay.
 *
 * <p>SmallRye's own readiness check, which would put the same report into {@code /q/health/ready}, is switched off in
 * this module's configuration defaults, and so is its startup check (DOWN whenever a consumer has no connection): a
 * broker outage delays the events a service consumes, it does not stop the service from answering, so it must neither
 * take the service out of its load balancer nor keep a new pod from starting. A failed channel still shows in
 * liveness (SmallRye's liveness check stays on).
 */
@HealthGroup(OutboxRelayHealthCheck.GROUP)
@ApplicationScoped
public class KafkaChannelsHealthCheck implements HealthCheck {

    static final String NAME = "Kafka channels";

    private final HealthCenter health;

    public KafkaChannelsHealthCheck(HealthCenter health) {
        this.health = health;
    }

    @Override
    public HealthCheckResponse call() {
        if (!health.isInitialized()) {
            return HealthCheckResponse.named(NAME).down().withData("state", "not yet initialized").build();
        }
        HealthReport report = health.getReadiness();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(report.isOk());
        for (HealthReport.ChannelInfo channel : report.getChannels()) {
            response.withData(channel.getChannel(), (channel.isOk() ? "[OK]" : "[KO]")
                    + (channel.getMessage() == null ? "" : " - " + channel.getMessage()));
        }
        return response.build();
    }
}
