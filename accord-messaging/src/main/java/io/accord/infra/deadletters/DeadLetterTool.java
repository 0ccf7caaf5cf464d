package io.accord.infra.deadletters;

import io.accord.infra.kafka.KafkaClientSettings;
import io.accord.infra.events.EventOwners;
import io.accord.infra.deadletters.DeadLetterTopic.Partition;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.eclipse.microprofile.config.Config;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lists the records of a dead-letter topic and re-drives them, once their cause is fixed, to the topic they came from.
 * An operator's tool, run with the apps' Kafka settings: {@code ./accord dlq …} locally, a Job on a service's image in
 * Kubernetes (deploy/README.md, "Replay a dead-letter message"). Re-driving is safe because every consumer applies an
 * event at most once (the inbox, keyed by event id): the consumer that dead-lettered the event never applied it and
 * does now, and the other consumers of that topic, which applied or ignored it when it first came, ignore it again.
 * That holds while they remember the event: a record older than the inbox window
 * ({@code accord.retention.window.inbox}) is re-driven only when asked for explicitly.
 */
public final class DeadLetterTool {

    static final String INBOX_WINDOW = "accord.retention.window.inbox";

    private final Config config;
    private final Clock clock;
    private final PrintStream out;

    public DeadLetterTool(Config config, Clock clock, PrintStream out) {
        this.config = config;
        this.clock = clock;
        this.out = out;
    }

    /** Outside Quarkus: the system properties, the environment and the modules' own defaults are the configuration. */
    public static void main(String[] args) {
        // the Kafka clients' INFO lines (every setting of every client) would bury the answer
        Logger.getLogger("").setLevel(Level.WARNING);
        Config config = new SmallRyeConfigBuilder().addDefaultSources().addDefaultInterceptors().build();
        System.exit(new DeadLetterTool(config, Clock.systemUTC(), System.out).run(List.of(args)));
    }

    /** 0 when done (also when there was nothing to do), 2 when refused or misused, 1 when Kafka failed. */
    public int run(List<String> args) {
        DeadLetterOptions options;
        KafkaClientSettings kafka;
        try {
            options = DeadLetterOptions.parse(args);
            // the settings the apps' clients get, read without Quarkus: a security setting added for them applies here
            kafka = KafkaClientSettings.fromConfig(config);
        } catch (IllegalArgumentException e) {
            out.println("dead letters: " + e.getMessage());
            out.println(DeadLetterOptions.USAGE);
            return 2;
        }
        try (DeadLetterTopic topic = new DeadLetterTopic(options.topic(), options.group(), kafka)) {
            List<Partition> partitions = selected(topic.partitions(), options);
            return options.command().equals("list") ? list(topic, partitions, options) : redrive(topic, partitions, options);
        } catch (Refusal | IllegalArgumentException e) {
            out.println("dead letters: " + e.getMessage());
            return 2;
        } catch (KafkaException | IllegalStateException | ExecutionException | TimeoutException e) {
            out.println("dead letters: Kafka failed: " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private List<Partition> selected(List<Partition> partitions, DeadLetterOptions options) {
        if (partitions.isEmpty()) {
            throw new Refusal("there is no topic " + options.topic());
        }
        if (options.partition().isPresent()) {
            int wanted = options.partition().getAsInt();
            return List.of(partitions.stream().filter(p -> p.id().partition() == wanted).findFirst().orElseThrow(
                    () -> new Refusal(options.topic() + " has no partition " + wanted + " (it has " + partitions.size() + ")")));
        }
        if (partitions.size() > 1 && (options.from().isPresent() || options.to().isPresent())) {
            throw new Refusal(options.topic() + " has " + partitions.size() + " partitions: name one with --partition");
        }
        return partitions;
    }

    private int list(DeadLetterTopic topic, List<Partition> partitions, DeadLetterOptions options) {
        out.println(options.topic() + " (re-drive position kept by group " + options.group() + ")");
        for (Partition partition : partitions) {
            out.println("  partition " + partition.id().partition() + ": " + (partition.end() == partition.begin() ? "empty"
                    : "offsets " + partition.begin() + "-" + (partition.end() - 1) + ", position " + partition.position()
                    + ", " + partition.pending() + " pending"));
        }
        for (Partition partition : partitions) {
            for (DeadLetter letter : topic.read(partition.id(), partition.begin(), partition.end() - 1)) {
                describe(letter, letter.offset() >= partition.position() ? "pending" : "handled");
            }
        }
        return 0;
    }

    private void describe(DeadLetter letter, String state) {
        out.println();
        out.println(letter.partition() + ":" + letter.offset() + "  " + state + "  dead-lettered " + letter.deadLettered());
        out.println("    from    " + letter.origin() + ", key " + Optional.ofNullable(letter.key()).orElse("(none)"));
        out.println("    event   " + letter.event());
        out.println("    reason  " + letter.reason());
        letter.cause().ifPresent(cause -> out.println("    cause   " + cause));
    }

    /** Checks every selected record first: either all of them are re-driven, or none and the operator is told why. */
    private int redrive(DeadLetterTopic topic, List<Partition> partitions, DeadLetterOptions options)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<Batch> batches = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (Partition partition : partitions) {
            Batch batch = plan(topic, partition, options, refusals);
            if (batch != null) {
                batches.add(batch);
            }
        }
        if (!refusals.isEmpty()) {
            refusals.forEach(refusal -> out.println("dead letters: " + refusal));
            out.println("nothing re-driven.");
            return 2;
        }
        if (batches.stream().allMatch(b -> b.letters().isEmpty() && b.leftBehindTo() < b.leftBehindFrom())) {
            out.println("nothing to re-drive on " + options.topic() + ": every record is behind the re-drive position"
                    + " (list shows them; --again re-drives some anyway)");
            return 0;
        }
        for (Batch batch : batches) {
            for (DeadLetter letter : batch.letters()) {
                out.println((options.dryRun() ? "would re-drive " : "re-driving ") + letter.partition() + ":" + letter.offset()
                        + " to " + letter.originTopic().orElseThrow() + "  " + letter.event());
            }
        }
        if (options.dryRun()) {
            out.println("dry run: nothing sent, the re-drive position not moved.");
            return 0;
        }
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        batches.forEach(batch -> batch.letters().forEach(letter -> records.add(letter.toOrigin())));
        topic.send(records);
        for (Batch batch : batches) {
            if (batch.newPosition() > batch.partition().position()) {
                topic.moveTo(batch.partition().id(), batch.newPosition());
            }
            report(batch, options);
        }
        return 0;
    }

    /** The records of one partition to re-drive and where the position goes afterwards; refusals are collected. */
    private Batch plan(DeadLetterTopic topic, Partition partition, DeadLetterOptions options, List<String> refusals) {
        int id = partition.id().partition();
        long from = options.from().orElse(partition.position());
        long to = Math.min(options.to().orElse(partition.end() - 1), partition.end() - 1);
        if (options.from().isPresent() && from >= partition.end()) {
            // moving the position there would pass over every pending record
            refusals.add("partition " + id + " ends at offset " + (partition.end() - 1) + "; there is no " + from);
            return null;
        }
        if (from < partition.begin()) {
            refusals.add("partition " + id + " keeps offsets from " + partition.begin() + " on; " + from + " is gone");
            return null;
        }
        if (from < partition.position() && !options.again()) {
            refusals.add("partition " + id + ": offsets before " + partition.position() + " were handled already (re-driven,"
                    + " or left behind by a re-drive that started after them); --again re-drives them anyway");
            return null;
        }
        List<DeadLetter> letters = topic.read(partition.id(), from, to);
        Optional<Duration> window = inboxWindow();
        for (DeadLetter letter : letters) {
            String at = "partition " + id + " offset " + letter.offset();
            Optional<String> origin = letter.originTopic();
            if (origin.isEmpty() || EventOwners.ofTopic(origin.get()).isEmpty()) {
                refusals.add(at + " came from " + origin.orElse("no topic named in " + DeadLetter.TOPIC)
                        + ", not an Accord domain topic: leave it out with --from/--to");
            }
            if (window.isPresent() && !options.pastInboxWindow()
                    && letter.deadLettered().plus(window.get()).isBefore(Instant.now(clock))) {
                refusals.add(at + " was dead-lettered at " + letter.deadLettered() + ", longer ago than the inbox window ("
                        + INBOX_WINDOW + " = " + window.get() + "): the other consumers of " + origin.orElse("its topic")
                        + " may have forgotten it and apply it again. --past-inbox-window re-drives it anyway");
            }
        }
        return new Batch(partition, letters, from, to);
    }

    private Optional<Duration> inboxWindow() {
        return config.getOptionalValue(INBOX_WINDOW, String.class).map(Durations::parse);
    }

    private void report(Batch batch, DeadLetterOptions options) {
        int id = batch.partition().id().partition();
        if (batch.letters().isEmpty() && batch.leftBehindTo() < batch.leftBehindFrom()) {
            return;
        }
        out.println("re-drove " + batch.letters().size() + " record(s) of " + options.topic() + " partition " + id
                + "; re-drive position now " + Math.max(batch.newPosition(), batch.partition().position()));
        if (batch.leftBehindTo() >= batch.leftBehindFrom()) {
            out.println("  left behind, not re-driven: offsets " + batch.leftBehindFrom() + "-" + batch.leftBehindTo()
                    + " (redrive … --partition " + id + " --from " + batch.leftBehindFrom() + " --to " + batch.leftBehindTo()
                    + " --again re-drives them)");
        }
    }

    /** One partition's part of a re-drive: the records from {@code from} to {@code to}. */
    private record Batch(Partition partition, List<DeadLetter> letters, long from, long to) {
        long newPosition() {
            return to + 1;
        }

        long leftBehindFrom() {
            return partition.position();
        }

        /** Records between the position and {@code from} are passed over by moving the position past them. */
        long leftBehindTo() {
            return Math.min(from, partition.end()) - 1;
        }
    }

    /** A request the tool will not carry out, with the reason the operator reads. */
    private static final class Refusal extends RuntimeException {
        Refusal(String message) {
            super(message);
        }
    }
}
