package io.accord.infra.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads and writes envelopes with the application's configured Jackson mapper. */
@ApplicationScoped
public class EventEnvelopes {

    private final ObjectMapper mapper;

    public EventEnvelopes(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Parses a record value; a value that is not a complete envelope is a poison event and is refused with
     * {@link MalformedEventException}, which sends it to the dead-letter topic.
     */
    public EventEnvelope parse(String json) {
        EventEnvelope envelope;
        try {
            envelope = mapper.readValue(json, EventEnvelope.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("not a CloudEvents JSON envelope: " + e.getMessage(), e);
        }
        if (envelope == null || envelope.id() == null || envelope.type() == null || envelope.subject() == null
                || envelope.data() == null || envelope.data().isNull() // "data": null reads as a NullNode, not null
                || !EventEnvelope.SPEC_VERSION.equals(envelope.specversion())) {
            throw new MalformedEventException("envelope lacks specversion 1.0, id, type, subject or data", null);
        }
        return envelope;
    }

    public String write(EventEnvelope envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event cannot be serialised", e);
        }
    }

    public <T> T dataAs(EventEnvelope envelope, Class<T> type) {
        try {
            return mapper.treeToValue(envelope.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("data of " + envelope.type() + " does not match " + type.getSimpleName(), e);
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
