package io.accord.infra.outbox;

import io.accord.infra.kafka.KafkaFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Whether the broker has the topics this app uses ({@link TopicUses}). With {@code accord.events.create-topics} on (the
 * default, as under {@code ./accord up}) the app first creates the topics it writes to: its own with
 * {@code accord.events.topic-partitions} and {@code topic-replication-factor}, its dead-letter topics with one
 * partition. Off ({@code ACCORD_EVENTS_CREATE_TOPICS=false}, where the cluster owns its topics, e.g. Strimzi's
 * KafkaTopic) it creates none and only checks. A missing topic is logged by name when it is found missing and shown in
 * the {@code kafka} health group until it exists; the relay publishes nothing while its own topic is missing, so the
 * events wait in the outbox. The relay's thread calls {@link #provision}; the health check reads {@link #state}.
 */
@ApplicationScoped
public class EventTopics {

    private static final Logger LOG = Logger.getLogger(EventTopics.class);
    /** How often topics found missing are looked for again; once all exist, they are not checked again. */
    private static final Duration RECHECK = Duration.ofSeconds(5);

    /**
     * What the last check found; {@code checked} false before the first one. {@code denied}: topics this app's Kafka
     * user may not even describe (an ACL is missing), so whether they exist is unknown.
     */
    public record State(boolean checked, boolean createTopics, Set<String> missing, Set<String> denied) {
        public boolean complete() {
            return checked && missing.isEmpty() && denied.isEmpty();
        }
    }

    private final EventsConfig config;
    private final TopicUses uses;
    private volatile State state;
    private long lastCheckNanos;
    private boolean creationDenied;

    @Inject
    EventTopics(EventsConfig config, Config mpConfig) {
        this(config, TopicUses.of(config.topic(), mpConfig));
    }

    EventTopics(EventsConfig config, TopicUses uses) {
        this.config = config;
        this.uses = uses;
        this.state = new State(false, config.createTopics(), Set.of(), Set.of());
    }

    public State state() {
        return state;
    }

    public TopicUses uses() {
        return uses;
    }

    /** Whether the relay's own topic is known to be missing (it is not published to until it exists). */
    boolean ownTopicMissing() {
        return state.missing().contains(uses.own());
    }

    /** The relay's error while its own topic is missing. */
    String ownTopicMissingReason() {
        return "topic " + uses.own() + " does not exist" + (config.createTopics() ? " and could not be created"
                : " (accord.events.create-topics=false: this app creates no topics)") + "; events wait in the outbox";
    }

    /**
     * Creates what this app writes to (when it may) and checks every topic; nothing once all of them were seen, and
     * at most every few seconds until then.
     */
    void provision(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
        State current = state;
        if (current.complete() || current.checked() && System.nanoTime() - lastCheckNanos < RECHECK.toNanos()) {
            return;
        }
        lastCheckNanos = System.nanoTime();
        Set<String> unknown = new LinkedHashSet<>(uses.all());
        if (config.createTopics() && !creationDenied) {
            unknown.removeAll(create(admin));
        }
        State checked = check(admin, unknown);
        if (!current.checked() || !checked.equals(current)) {
            report(checked);
        }
        state = checked;
    }

    /** Creates the topics this app writes to; returns those that exist now (created, or there already). */
    private Set<String> create(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> exist = new HashSet<>();
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : uses.written().keySet()) {
            // dead-letter topics take few records and no key order: one partition, as the cluster's KafkaTopics have
            topics.add(new NewTopic(topic, topic.equals(uses.own()) ? config.topicPartitions() : 1, config.topicReplicationFactor()));
        }
        for (Map.Entry<String, KafkaFuture<Void>> created : admin.createTopics(topics).values().entrySet()) {
            try {
                created.getValue().get(10, TimeUnit.SECONDS);
                exist.add(created.getKey());
                LOG.infof("created Kafka topic %s", uses.describe(created.getKey()));
            } catch (ExecutionException e) {
                if (e.getCause() instanceof AuthorizationException) {
                    // the cluster owns its topics; checking them is all that is left to do
                    creationDenied = true;
                    LOG.warnf("%s; this app only checks that its topics exist. Where the cluster owns its topics, set "
                            + "ACCORD_EVENTS_CREATE_TOPICS=false", KafkaFailures.reason(e));
                } else if (e.getCause() instanceof TopicExistsException) {
                    exist.add(created.getKey());
                } else {
                    throw e;
                }
            }
        }
        return exist;
    }

    /** Asks the broker about the topics not known to exist. */
    private State check(Admin admin, Set<String> topics) throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> missing = new TreeSet<>();
        Set<String> denied = new TreeSet<>();
        if (!topics.isEmpty()) {
            for (Map.Entry<String, KafkaFuture<TopicDescription>> described
                    : admin.describeTopics(topics).topicNameValues().entrySet()) {
                try {
                    described.getValue().get(10, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                        missing.add(described.getKey());
                    } else if (e.getCause() instanceof AuthorizationException) {
                        denied.add(described.getKey());
                    } else {
                        throw e;
                    }
                }
            }
        }
        return new State(true, config.createTopics(), Collections.unmodifiableSet(missing), Collections.unmodifiableSet(denied));
    }

    private void report(State checked) {
        if (checked.complete()) {
            LOG.infof("every Kafka topic this app uses exists: %s", String.join(", ", uses.all()));
            return;
        }
        if (!checked.denied().isEmpty()) {
            LOG.errorf("this app's Kafka user may not describe %s: grant it Describe (and Read or Write) on them",
                    checked.denied().stream().map(uses::describe).collect(Collectors.joining(", ")));
        }
        if (checked.missing().isEmpty()) {
            return;
        }
        String named = checked.missing().stream().map(uses::describe).collect(Collectors.joining(", "));
        if (config.createTopics()) {
            LOG.warnf("Kafka topics missing: %s. Topics this app reads are created by their publishers; it looks again"
                    + " every %ds", named, RECHECK.toSeconds());
        } else {
            LOG.errorf("Kafka topics missing: %s. accord.events.create-topics=false, so this app creates none: create them"
                    + " where the cluster's topics are managed (Strimzi KafkaTopic). Until its own topic exists its events"
                    + " wait in the outbox; it looks again every %ds", named, RECHECK.toSeconds());
        }
    }
}
