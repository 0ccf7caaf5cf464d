package io.accord.infra.outbox;

import org.eclipse.microprofile.config.Config;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every topic an app uses and what for, read from its configuration: its own topic ({@code accord.events.topic}, the
 * relay publishes there), its Kafka channels' dead-letter topics (their dead-letter producers write there) and the
 * topics the channels read ({@code mp.messaging.incoming.<channel>.*}, with SmallRye's defaults: the channel's name
 * when no topic is given, {@code dead-letter-topic-<channel>} when no dead-letter topic is).
 *
 * @param own the topic the relay publishes to
 * @param written the topics the app writes to, its own first, each with what writes there
 * @param read the topics its channels read, each with the channels that read it
 */
public record TopicUses(String own, Map<String, String> written, Map<String, String> read) {

    private static final Pattern KAFKA_CHANNEL = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.connector");

    public static TopicUses of(String own, Config config) {
        Map<String, String> deadLetter = new TreeMap<>();
        Map<String, String> read = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            Matcher channel = KAFKA_CHANNEL.matcher(name);
            if (!channel.matches() || !"smallrye-kafka".equals(config.getOptionalValue(name, String.class).orElse(""))) {
                continue;
            }
            String prefix = "mp.messaging.incoming." + channel.group(1) + ".";
            String by = "channel " + channel.group(1);
            // a channel reading a pattern names no topic that could be checked
            if (!config.getOptionalValue(prefix + "pattern", Boolean.class).orElse(false)) {
                for (String topic : topics(config, prefix, channel.group(1))) {
                    read.merge(topic, by, (a, b) -> a + ", " + b);
                }
            }
            if ("dead-letter-queue".equals(config.getOptionalValue(prefix + "failure-strategy", String.class).orElse(""))) {
                String topic = config.getOptionalValue(prefix + "dead-letter-queue.topic", String.class)
                        .orElse("dead-letter-topic-" + channel.group(1));
                deadLetter.merge(topic, by, (a, b) -> a + ", " + b);
            }
        }
        Map<String, String> written = new LinkedHashMap<>();
        written.put(own, "the outbox relay");
        config.getOptionalValue("accord.audit.chain-heads.topic", String.class)
                .ifPresent(topic -> written.put(topic, "the outbox relay (audit chain heads)"));
        deadLetter.forEach((topic, channels) -> written.put(topic, "dead letters of " + channels));
        return new TopicUses(own, written, read);
    }

    private static List<String> topics(Config config, String prefix, String channel) {
        return config.getOptionalValue(prefix + "topics", String.class)
                .map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList())
                .orElseGet(() -> List.of(config.getOptionalValue(prefix + "topic", String.class).orElse(channel)));
    }

    /** Every topic, written ones first. */
    public Set<String> all() {
        Map<String, String> all = new LinkedHashMap<>(written);
        read.forEach(all::putIfAbsent);
        return all.keySet();
    }

    /** The topic with what uses it, for logs and health data: {@code accord.reviews (read by channel review-events)}. */
    public String describe(String topic) {
        if (written.containsKey(topic)) {
            return topic + " (written by " + written.get(topic) + ")";
        }
        return topic + " (read by " + read.getOrDefault(topic, "this app") + ")";
    }
}
