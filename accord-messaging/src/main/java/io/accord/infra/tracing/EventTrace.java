package io.accord.infra.tracing;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The W3C trace context an event carries from the transaction that wrote it to the consumers that apply it: taken
 * from the current span when the outbox row is written ({@link #current()}), stored with the row, sent by the relay as
 * the Kafka headers {@code traceparent} and {@code tracestate} (the envelope holds the same values as its CloudEvents
 * extension), and restored by the consumer as its span's parent ({@link #parent()}). Always W3C Trace Context,
 * whatever propagators the app uses over HTTP: the column and the headers are named after it. Both values are null
 * for an event written outside any trace (a scheduled job).
 */
public record EventTrace(String traceparent, String tracestate) {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
    public static final EventTrace NONE = new EventTrace(null, null);
    /**
     * The longest {@code tracestate} kept (its column's size): W3C asks that at least 512 characters be propagated and
     * lets a longer one be cut; it is left out rather than ever failing the transaction that writes the event.
     */
    static final int MAX_TRACESTATE = 512;

    private static final TextMapPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<EventTrace> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(EventTrace trace) {
            return List.of(TRACEPARENT, TRACESTATE);
        }

        @Override
        public String get(EventTrace trace, String key) {
            if (trace == null) {
                return null;
            }
            return TRACEPARENT.equals(key) ? trace.traceparent() : TRACESTATE.equals(key) ? trace.tracestate() : null;
        }
    };

    /** The current span's trace context (sampled or not: the trace id travels either way), or NONE outside a trace. */
    public static EventTrace current() {
        Map<String, String> carrier = new HashMap<>(4);
        W3C.inject(Context.current(), carrier, Map::put);
        String traceparent = carrier.get(TRACEPARENT);
        String tracestate = carrier.get(TRACESTATE);
        return traceparent == null ? NONE
                : new EventTrace(traceparent, tracestate == null || tracestate.length() > MAX_TRACESTATE ? null : tracestate);
    }

    /** What a record's headers carry; NONE when it has no {@code traceparent} (an event from before tracing). */
    public static EventTrace of(Headers headers) {
        String traceparent = text(headers.lastHeader(TRACEPARENT));
        return traceparent == null ? NONE : new EventTrace(traceparent, text(headers.lastHeader(TRACESTATE)));
    }

    /** This trace context, or the other when this one is absent. */
    public EventTrace or(EventTrace other) {
        return traceparent == null ? other : this;
    }

    /** Adds the headers a consumer restores the trace from; none for an event written outside any trace. */
    public void addTo(Headers headers) {
        if (traceparent != null) {
            headers.add(TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
            if (tracestate != null && !tracestate.isEmpty()) {
                headers.add(TRACESTATE, tracestate.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * The remote span this trace context names, as the parent of the consumer's span; the root context (a new trace)
     * when it names none or a malformed one: a bad header costs the trace, never the event.
     */
    public Context parent() {
        return W3C.extract(Context.root(), this, GETTER);
    }

    private static String text(Header header) {
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
