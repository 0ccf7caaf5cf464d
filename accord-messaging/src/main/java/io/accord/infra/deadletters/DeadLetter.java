package io.accord.infra.deadletters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;

/**
 * One record of a dead-letter topic as SmallRye Reactive Messaging writes it (its {@code KafkaDeadLetterQueue}): the
 * failed record's key, value and headers, preceded by headers of its own naming where the record came from and why it
 * failed. Re-driven, it goes back to where it came from as it was, without those headers.
 */
record DeadLetter(ConsumerRecord<byte[], byte[]> record) {

    /** SmallRye's names (KafkaDeadLetterQueue.DEAD_LETTER_*): all begin with this prefix. */
    static final String HEADER_PREFIX = "dead-letter-";
    static final String TOPIC = "dead-letter-topic";
    static final String PARTITION = "dead-letter-partition";
    static final String OFFSET = "dead-letter-offset";
    static final String REASON = "dead-letter-reason";
    static final String EXCEPTION = "dead-letter-exception-class-name";
    static final String CAUSE = "dead-letter-cause";
    static final String CAUSE_CLASS = "dead-letter-cause-class-name";

    private static final ObjectMapper JSON = new ObjectMapper();

    int partition() {
        return record.partition();
    }

    long offset() {
        return record.offset();
    }

    Instant deadLettered() {
        return Instant.ofEpochMilli(record.timestamp());
    }

    String key() {
        return record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    }

    /** The topic the record was read from when it failed: where a re-drive sends it. */
    Optional<String> originTopic() {
        return header(TOPIC);
    }

    String origin() {
        return originTopic().orElse("(unknown topic)") + " partition " + header(PARTITION).orElse("?") + " offset "
                + header(OFFSET).orElse("?");
    }

    /** The exception's message and, after it, its class: what the consumer refused the record for. */
    String reason() {
        return header(REASON).orElse("(no reason given)") + header(EXCEPTION).map(c -> "  [" + c + "]").orElse("");
    }

    Optional<String> cause() {
        return header(CAUSE).map(cause -> cause + header(CAUSE_CLASS).map(c -> "  [" + c + "]").orElse(""));
    }

    /** The CloudEvents type, id and source of the value, or why they cannot be read from it. */
    String event() {
        if (record.value() == null) {
            return "(no value)";
        }
        try {
            JsonNode event = JSON.readTree(record.value());
            if (event != null && event.isObject() && event.hasNonNull("id")) {
                return event.path("type").asText("(no type)") + " " + event.path("id").asText() + " from "
                        + event.path("source").asText("(no source)");
            }
        } catch (IOException unreadable) {
            // shown as text below: a malformed event is one of the reasons records land here
        }
        String text = new String(record.value(), StandardCharsets.UTF_8);
        return "(not a CloudEvent) " + (text.length() > 120 ? text.substring(0, 120) + "…" : text);
    }

    /** The record as the consumer first read it: same topic, key, value and headers, SmallRye's own headers left out. */
    ProducerRecord<byte[], byte[]> toOrigin() {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(HEADER_PREFIX)) {
                headers.add(header);
            }
        }
        // no partition: the key decides it, as it decides where the relay sends the aggregate's events now
        return new ProducerRecord<>(originTopic().orElseThrow(), null, record.key(), record.value(), headers);
    }

    /** SmallRye writes its own headers before the failed record's, so its value is the first of that name. */
    private Optional<String> header(String name) {
        Iterator<Header> all = record.headers().headers(name).iterator();
        if (!all.hasNext()) {
            return Optional.empty();
        }
        byte[] value = all.next().value();
        return Optional.ofNullable(value).map(v -> new String(v, StandardCharsets.UTF_8));
    }
}
