package io.accord.infra.outbox;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import java.util.stream.Collectors;

/**
 * The topics this app uses, as the relay last found them ({@link EventTopics}), in the {@code kafka} health group: DOWN
 * while one is missing, each named with what uses it, so an operator of a cluster that owns its topics
 * ({@code ACCORD_EVENTS_CREATE_TOPICS=false}) sees which KafkaTopic to add. Not readiness, for the reason the relay's
 * check is not: writes go on into the outbox.
 */
@HealthGroup(OutboxRelayHealthCheck.GROUP)
@ApplicationScoped
public class EventTopicsHealthCheck implements HealthCheck {

    private final EventTopics topics;
    private final EventsConfig config;

    public EventTopicsHealthCheck(EventTopics topics, EventsConfig config) {
        this.topics = topics;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        EventTopics.State state = topics.state();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Kafka topics")
                .withData("createTopics", state.createTopics());
        if (!config.relay().enabled()) {
            // the relay's thread does the checking; without it there is nothing to report
            return response.up().withData("state", "not checked: the outbox relay is disabled").build();
        }
        if (!state.checked()) {
            return response.down().withData("state", "not yet checked").build();
        }
        response.status(state.complete()).withData("topics", String.join(", ", topics.uses().all()));
        if (!state.missing().isEmpty()) {
            response.withData("missing", state.missing().stream().map(topics.uses()::describe).collect(Collectors.joining(", ")));
        }
        if (!state.denied().isEmpty()) {
            response.withData("notAuthorizedToDescribe", String.join(", ", state.denied()));
        }
        return response.build();
    }
}
