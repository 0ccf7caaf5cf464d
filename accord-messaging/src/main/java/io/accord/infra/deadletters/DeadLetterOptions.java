package io.accord.infra.deadletters;

import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** What the operator asked the tool for: {@code list|redrive <service or topic> [options]}. */
record DeadLetterOptions(String command, String topic, String group, OptionalInt partition, OptionalLong from,
        OptionalLong to, boolean again, boolean pastInboxWindow, boolean dryRun) {

    /** The group whose committed offsets on a dead-letter topic say how far re-driving has come. */
    static final String DEFAULT_GROUP = "accord-dead-letter-redrive";

    static final String USAGE = """
            usage: list    <service | dead-letter topic> [--partition P] [--group G]
                   redrive <service | dead-letter topic> [--partition P] [--from OFFSET] [--to OFFSET]
                           [--again] [--past-inbox-window] [--dry-run] [--group G]
              <service>              requirements-service, review-service, …: its topic accord.<service>.dlq
              list                   every record still kept: offset, origin, event, reason; pending or handled
              redrive                sends pending records back to the topic they came from (key, value and headers as
                                     they were, without SmallRye's dead-letter-* headers), then moves the re-drive
                                     position past them, so the same records are not re-driven twice
              --partition P          only this partition (needed for --from/--to when the topic has several)
              --from, --to           only these offsets (both included); records between the position and --from are
                                     left behind (handled, not re-driven)
              --again                re-drive records behind the position too (consumers apply an event at most once)
              --past-inbox-window    re-drive records older than accord.retention.window.inbox as well
              --dry-run              say what would be re-driven, send nothing
              --group G              the consumer group keeping the position (%s)
            Kafka settings: the apps' own, kafka.* properties or KAFKA_* environment variables.""".formatted(DEFAULT_GROUP);

    private static final Pattern SERVICE = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9._-]+\\.dlq");

    static DeadLetterOptions parse(List<String> args) {
        if (args.size() < 2 || !List.of("list", "redrive").contains(args.get(0))) {
            throw new IllegalArgumentException("name a command and a service or dead-letter topic");
        }
        String command = args.get(0);
        String topic = topicOf(args.get(1));
        String group = DEFAULT_GROUP;
        OptionalInt partition = OptionalInt.empty();
        OptionalLong from = OptionalLong.empty();
        OptionalLong to = OptionalLong.empty();
        boolean again = false;
        boolean pastInboxWindow = false;
        boolean dryRun = false;
        for (int i = 2; i < args.size(); i++) {
            String option = args.get(i);
            boolean redriveOnly = !option.equals("--partition") && !option.equals("--group");
            if (redriveOnly && command.equals("list")) {
                throw new IllegalArgumentException("list takes --partition and --group only, not " + option);
            }
            switch (option) {
                case "--again" -> again = true;
                case "--past-inbox-window" -> pastInboxWindow = true;
                case "--dry-run" -> dryRun = true;
                case "--group" -> group = value(args, ++i, option);
                case "--partition" -> partition = OptionalInt.of((int) number(args, ++i, option));
                case "--from" -> from = OptionalLong.of(number(args, ++i, option));
                case "--to" -> to = OptionalLong.of(number(args, ++i, option));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (from.isPresent() && to.isPresent() && to.getAsLong() < from.getAsLong()) {
            throw new IllegalArgumentException("--to " + to.getAsLong() + " is before --from " + from.getAsLong());
        }
        return new DeadLetterOptions(command, topic, group, partition, from, to, again, pastInboxWindow, dryRun);
    }

    /** {@code review-service} stands for its dead-letter topic, {@code accord.review-service.dlq}. */
    private static String topicOf(String name) {
        if (TOPIC.matcher(name).matches()) {
            return name;
        }
        if (SERVICE.matcher(name).matches()) {
            return "accord." + name + ".dlq";
        }
        throw new IllegalArgumentException("'" + name + "' is neither a service name nor a dead-letter topic (….dlq)");
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    private static long number(List<String> args, int i, String option) {
        String value = value(args, i, option);
        try {
            long number = Long.parseLong(value);
            if (number < 0) {
                throw new IllegalArgumentException(option + " must not be negative: " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not '" + value + "'");
        }
    }
}
