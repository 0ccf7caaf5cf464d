package io.accord.infra.deadletters;

import io.accord.testsupport.KafkaTestBroker;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dead-letter tool against the real broker, on records shaped as SmallRye's dead-letter queue writes them (a
 * consumer really dead-lettering one is requirements-service's DeadLetterRedriveTest): what an operator reads, what
 * goes back where and in which form, and that a re-drive is remembered so it is not repeated.
 */
class DeadLetterToolTest {

    static final String ORIGIN = "accord.requirements";
    static String bootstrap;

    String output;

    @BeforeAll
    static void broker() {
        bootstrap = KafkaTestBroker.bootstrapServers();
    }

    @Test
    void listSaysWhereEachRecordCameFromWhyItFailedAndWhetherItIsPending() throws Exception {
        String dlq = topic(1);
        deadLetter(dlq, "req-1", "e-1", "accord.requirement.submitted", "refused: totalValue 'lots' is not a number");

        assertEquals(0, tool(Clock.systemUTC(), "list", dlq));

        assertTrue(output.contains("partition 0: offsets 0-0, position 0, 1 pending"), output);
        assertTrue(output.contains("0:0  pending  dead-lettered "), output);
        assertTrue(output.contains("from    accord.requirements partition 2 offset 17, key req-1"), output);
        assertTrue(output.contains("event   accord.requirement.submitted e-1 from /accord/requirements-service"), output);
        assertTrue(output.contains("reason  refused: totalValue 'lots' is not a number  [io.accord.infra.events.MalformedEventException]"),
                output);
        assertTrue(output.contains("cause   For input string: \"lots\"  [java.lang.NumberFormatException]"), output);
    }

    @Test
    void aReDriveSendsEachRecordBackAsItCameOnceAndIsNotRepeated() throws Exception {
        String dlq = topic(1);
        deadLetter(dlq, "req-1", "e-1", "accord.requirement.submitted", "database away");
        deadLetter(dlq, "req-2", "e-2", "accord.requirement.amended", "database away");
        Map<TopicPartition, Long> before = ends(ORIGIN);

        assertEquals(0, tool(Clock.systemUTC(), "redrive", dlq));

        assertTrue(output.contains("re-drove 2 record(s) of " + dlq + " partition 0; re-drive position now 2"), output);
        List<ConsumerRecord<String, String>> redriven = readFrom(before, 2);
        assertEquals(List.of("req-1", "req-2"), redriven.stream().map(ConsumerRecord::key).sorted().toList());
        for (ConsumerRecord<String, String> record : redriven) {
            assertTrue(record.value().contains("\"id\":\"e-" + record.key().substring(4) + "\""), record.value());
            // the event's own headers travel with it; SmallRye's are left on the dead-letter topic
            assertEquals("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", header(record, "traceparent"));
            assertFalse(StreamSupport.stream(record.headers().spliterator(), false)
                    .anyMatch(h -> h.key().startsWith("dead-letter-")), record.headers().toString());
        }

        assertEquals(0, tool(Clock.systemUTC(), "redrive", dlq));
        assertTrue(output.contains("nothing to re-drive"), output);
        assertEquals(before.values().stream().mapToLong(Long::longValue).sum() + 2, sum(ends(ORIGIN)), "sent again");
        assertEquals(0, tool(Clock.systemUTC(), "list", dlq));
        assertTrue(output.contains("0:0  handled") && output.contains("0:1  handled") && output.contains("0 pending"), output);
    }

    @Test
    void aRangeLeavesTheRecordsBeforeItBehindAndAgainReDrivesThemLater() throws Exception {
        String dlq = topic(1);
        for (int i = 0; i < 3; i++) {
            deadLetter(dlq, "req-" + i, "e-" + i, "accord.requirement.submitted", "handler bug " + i);
        }
        Map<TopicPartition, Long> before = ends(ORIGIN);

        assertEquals(0, tool(Clock.systemUTC(), "redrive", dlq, "--from", "1", "--to", "1"));
        assertTrue(output.contains("left behind, not re-driven: offsets 0-0"), output);
        assertEquals(List.of("req-1"), readFrom(before, 1).stream().map(ConsumerRecord::key).toList());

        // behind the position now: refused unless asked for again, and nothing sent meanwhile
        assertEquals(2, tool(Clock.systemUTC(), "redrive", dlq, "--from", "0", "--to", "0"));
        assertTrue(output.contains("--again") && output.contains("nothing re-driven"), output);
        assertEquals(sum(before) + 1, sum(ends(ORIGIN)));
        assertEquals(0, tool(Clock.systemUTC(), "redrive", dlq, "--from", "0", "--to", "0", "--again"));
        assertEquals(0, tool(Clock.systemUTC(), "redrive", dlq));
        assertEquals(List.of("req-0", "req-1", "req-2"), readFrom(before, 3).stream().map(ConsumerRecord::key).sorted().toList());
        assertEquals(0, tool(Clock.systemUTC(), "list", dlq));
        assertTrue(output.contains("position 3, 0 pending"), output);
    }

    @Test
    void aDryRunSendsNothingAndMovesNothing() throws Exception {
        String dlq = topic(1);
        deadLetter(dlq, "req-1", "e-1", "accord.requirement.submitted", "database away");
        long before = sum(ends(ORIGIN));

        assertEquals(0, tool(Clock.systemUTC(), "redrive", dlq, "--dry-run"));

        assertTrue(output.contains("would re-drive 0:0 to accord.requirements"), output);
        assertEquals(before, sum(ends(ORIGIN)));
        tool(Clock.systemUTC(), "list", dlq);
        assertTrue(output.contains("1 pending"), output);
    }

    @Test
    void recordsOlderThanTheInboxWindowAreReDrivenOnlyWhenAskedFor() throws Exception {
        String dlq = topic(1);
        deadLetter(dlq, "req-1", "e-1", "accord.requirement.submitted", "database away");
        long before = sum(ends(ORIGIN));
        // fifteen days on: the other consumers of accord.requirements may have purged e-1 from their inbox (14D)
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofDays(15));

        assertEquals(2, tool(later, "redrive", dlq));
        assertTrue(output.contains("longer ago than the inbox window") && output.contains("--past-inbox-window"), output);
        assertEquals(before, sum(ends(ORIGIN)));

        assertEquals(0, tool(later, "redrive", dlq, "--past-inbox-window"));
        assertEquals(before + 1, sum(ends(ORIGIN)));
    }

    @Test
    void itRefusesWhatWouldGoWrongAndSaysWhy() throws Exception {
        String dlq = topic(1);
        produce(new ProducerRecord<>(dlq, "k", "{}"), Map.of("dead-letter-topic", "__consumer_offsets"));
        assertEquals(2, tool(Clock.systemUTC(), "redrive", dlq));
        assertTrue(output.contains("came from __consumer_offsets, not an Accord domain topic"), output);
        tool(Clock.systemUTC(), "list", dlq);
        assertTrue(output.contains("position 0, 1 pending"), "a refused re-drive moved the position: " + output);

        String threePartitions = topic(3);
        assertEquals(2, tool(Clock.systemUTC(), "redrive", threePartitions, "--from", "0"));
        assertTrue(output.contains("has 3 partitions: name one with --partition"), output);
        assertEquals(2, tool(Clock.systemUTC(), "redrive", dlq, "--from", "5"));
        assertTrue(output.contains("ends at offset 0"), output);
        assertEquals(2, tool(Clock.systemUTC(), "list", "accord.no-such-service.dlq"));
        assertTrue(output.contains("there is no topic accord.no-such-service.dlq"), output);
        assertEquals(2, tool(Clock.systemUTC(), "list", dlq, "--from", "0"));
        assertTrue(output.contains("usage:"), output);
        assertEquals(2, tool(Clock.systemUTC(), "redrive"));
        assertEquals(2, tool(Clock.systemUTC(), "redrive", dlq, "--from", "x"));
        assertTrue(output.contains("--from needs a number, not 'x'"), output);
    }

    /** Runs the tool as an operator would, with only the broker's address and the inbox window configured. */
    private int tool(Clock clock, String... args) {
        Config config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(Map.of(
                "kafka.bootstrap.servers", bootstrap, DeadLetterTool.INBOX_WINDOW, "14D"), "test", 500)).build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = new DeadLetterTool(config, clock, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(List.of(args));
        output = bytes.toString(StandardCharsets.UTF_8);
        return status;
    }

    /** A record as SmallRye's KafkaDeadLetterQueue writes it: its headers first, then the failed record's own. */
    private static void deadLetter(String dlq, String key, String eventId, String type, String reason) throws Exception {
        String event = """
                {"specversion":"1.0","id":"%s","source":"/accord/requirements-service","type":"%s","subject":"%s",\
                "time":"2026-11-27T08:00:00Z","datacontenttype":"application/json","data":{}}""".formatted(eventId, type, key);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("dead-letter-exception-class-name", "io.accord.infra.events.MalformedEventException");
        headers.put("dead-letter-reason", reason);
        headers.put("dead-letter-cause-class-name", "java.lang.NumberFormatException");
        headers.put("dead-letter-cause", "For input string: \"lots\"");
        headers.put("dead-letter-topic", ORIGIN);
        headers.put("dead-letter-partition", "2");
        headers.put("dead-letter-offset", "17");
        headers.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        produce(new ProducerRecord<>(dlq, key, event), headers);
    }

    private static void produce(ProducerRecord<String, String> record, Map<String, String> headers) throws Exception {
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
    }

    /** A dead-letter topic of this test's own. */
    private static String topic(int partitions) throws Exception {
        String name = "accord.test-" + UUID.randomUUID().toString().substring(0, 8) + ".dlq";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        return name;
    }

    private static Map<TopicPartition, Long> ends(String topic) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            return consumer.endOffsets(partitions);
        }
    }

    private static long sum(Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }

    /** What arrived on the origin topic since {@code from}: {@code expected} records, read until they are all there. */
    private static List<ConsumerRecord<String, String>> readFrom(Map<TopicPartition, Long> from, int expected) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            Instant giveUp = Instant.now().plusSeconds(30);
            while (records.size() < expected && Instant.now().isBefore(giveUp)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertTrue(header != null, "no " + name + " header");
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
