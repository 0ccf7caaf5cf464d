package io.accord.infra.events;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who may say what on the bus (PROCESS.md §2 and §4): each service owns one topic, publishes with one CloudEvents
 * {@code source}, and alone names the events of its aggregates ({@code accord.<aggregate>.<verb>}). Consumers refuse
 * anything else, so a service that can write to Kafka cannot open complaints or approve reviews in another's name;
 * producers check themselves against the same table, so a legitimate event is never refused for a slip of naming.
 */
public enum EventOwners {

    REQUIREMENTS("accord.requirements", "/accord/requirements-service", "requirement", "customer", "customer-property"),
    REVIEWS("accord.reviews", "/accord/review-service", "review", "department"),
    FEEDBACK("accord.feedback", "/accord/feedback-service", "feedback", "survey"),
    COMPLAINTS("accord.complaints", "/accord/complaint-service", "complaint", "corrective-action");

    private static final Pattern TYPE = Pattern.compile("accord\\.([a-z][a-z-]*)\\.[a-z][a-z-]*");

    private final String topic;
    private final String source;
    private final Set<String> aggregates;

    EventOwners(String topic, String source, String... aggregates) {
        this.topic = topic;
        this.source = source;
        this.aggregates = Set.of(aggregates);
    }

    public String topic() {
        return topic;
    }

    public String source() {
        return source;
    }

    public static Optional<EventOwners> ofTopic(String topic) {
        return Arrays.stream(values()).filter(o -> o.topic.equals(topic)).findFirst();
    }

    /** True for {@code accord.<aggregate>.<verb>} where the aggregate is one of this owner's. */
    public boolean ownsType(String type) {
        Matcher m = TYPE.matcher(type == null ? "" : type);
        return m.matches() && aggregates.contains(m.group(1));
    }

    /**
     * Why an event read from {@code topic} must be refused, or empty when the topic's owner sent it (its
     * {@code source}) and named one of its own aggregates (its {@code type}). The reason names all three, for the
     * dead-letter record and whoever investigates it.
     */
    public static Optional<String> refusal(String topic, String source, String type) {
        Optional<EventOwners> owner = ofTopic(topic);
        if (owner.isEmpty()) {
            return Optional.of(described(topic, source, type) + " refused: no Accord service owns that topic");
        }
        if (!owner.get().source.equals(source)) {
            return Optional.of(described(topic, source, type) + " refused: only " + owner.get().source + " publishes on "
                    + topic);
        }
        if (!owner.get().ownsType(type)) {
            return Optional.of(described(topic, source, type) + " refused: " + owner.get().source + " publishes only "
                    + owner.get().typePatterns());
        }
        return Optional.empty();
    }

    // built only for a refusal: every consumed event passes through refusal(), nearly all of them admitted
    private static String described(String topic, String source, String type) {
        return "event " + type + " from source " + source + " on topic " + topic;
    }

    /** The producer's side: a service configured or coded to publish what consumers would refuse fails loudly. */
    public static void requirePublishable(String topic, String source, String type) {
        refusal(topic, source, type).ifPresent(reason -> {
            throw new IllegalStateException("this service must not publish it; " + reason);
        });
    }

    private List<String> typePatterns() {
        return aggregates.stream().sorted().map(a -> EventTypes.PREFIX + a + ".*").toList();
    }
}
