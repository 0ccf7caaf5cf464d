package io.accord.infra.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Where this service's events go and how the outbox relay publishes them. */
@ConfigMapping(prefix = "accord.events")
public interface EventsConfig {

    /** CloudEvents {@code source}, e.g. {@code /accord/requirements-service}. */
    String source();

    /** The topic this service owns and publishes to, e.g. {@code accord.requirements}. */
    String topic();

    @WithDefault("6")
    int topicPartitions();

    /** 1 for a single local broker; 3 in production. */
    @WithDefault("1")
    short topicReplicationFactor();

    /**
     * Whether the app creates the topics it writes to (its own and its channels' dead-letter topics) with the
     * partitions and replication above; {@code false} where the cluster owns its topics (Strimzi's KafkaTopic, topic
     * creation denied by ACLs): the app then only checks that every topic it uses exists, and says which do not.
     */
    @WithDefault("true")
    boolean createTopics();

    Relay relay();

    interface Relay {
        @WithDefault("true")
        boolean enabled();

        /** Rows published per round trip to the database and the broker. */
        @WithDefault("500")
        int batchSize();

        /** How long the relay sleeps when the outbox is empty and no commit woke it. */
        @WithDefault("250ms")
        Duration idleWait();

        /** Pause after a failed batch (broker or database down) before trying again. */
        @WithDefault("1s")
        Duration errorBackoff();

        /** Upper bound for waiting on the broker's acknowledgement of one batch. */
        @WithDefault("15s")
        Duration sendTimeout();
    }
}
