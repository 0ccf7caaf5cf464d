package io.accord.infra.chainheads;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How often and where a service publishes the heads of its audit chains ({@link ChainHeadsPublisher}). */
@ConfigMapping(prefix = "accord.audit.chain-heads")
public interface ChainHeadsConfig {

    /** How often ({@code 10m}); {@code off} publishes nothing on a schedule (tests call the publisher themselves). */
    String every();

    /** The topic of this service's chain heads, {@code <accord.events.topic>.chain-heads}: only they go there. */
    String topic();

    /** Heads per event at most; more make several events of one publication (a Kafka record has a size limit). */
    @WithDefault("1000")
    int maxHeadsPerEvent();

    /**
     * Entries younger than this wait for the next publication: an entry's id is taken when it is written, its
     * transaction may commit a moment later, and a publication must not step over an id that is not visible yet.
     */
    @WithDefault("30s")
    Duration settle();
}
