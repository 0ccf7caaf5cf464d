package io.accord.infra.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.reactive.messaging.SubscriberDecorator;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Counts the events a consumer hands to its dead-letter topic ({@code accord_events_dead_lettered_total{channel}}):
 * each is an event the service did not apply and will not apply until someone re-drives it. SmallRye's
 * {@code dead-letter-queue} failure strategy has no listener of its own, but it sends through an outgoing channel named
 * {@code <channel>-dead-letter-queue} that is decorated like every other, so this decorator sees each record on its way
 * to the topic. The counter of every such channel is registered at 0 when the channel is wired, so that the first
 * dead letter after a start is an increase Prometheus can see.
 */
@ApplicationScoped
public class DeadLetters implements SubscriberDecorator {

    static final String METER = "accord.events.dead.lettered";
    /** The suffix SmallRye gives the dead-letter channel of an incoming channel (KafkaDeadLetterQueue). */
    static final String SUFFIX = "-dead-letter-queue";
    /** A consumer with {@code concurrency} > 1 runs copies named {@code <channel>$1}, {@code $2}, …: one counter for all. */
    private static final Pattern COPY = Pattern.compile("\\$\\d+$");

    private final MeterRegistry registry;

    public DeadLetters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Multi<? extends Message<?>> decorate(Multi<? extends Message<?>> toBeSubscribed, List<String> channelNames,
            boolean isConnector) {
        if (!isConnector || channelNames.size() != 1 || !channelNames.get(0).endsWith(SUFFIX)) {
            return toBeSubscribed;
        }
        String dlq = channelNames.get(0);
        String channel = COPY.matcher(dlq.substring(0, dlq.length() - SUFFIX.length())).replaceFirst("");
        Counter sent = Counter.builder(METER).tag("channel", channel)
                .description("events a consumer gave up on and sent to its dead-letter topic").register(registry);
        return toBeSubscribed.onItem().invoke(record -> sent.increment());
    }
}
