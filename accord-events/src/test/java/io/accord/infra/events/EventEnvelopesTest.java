package io.accord.infra.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CloudEvents 1.0 structured-JSON envelope every event travels in, and the door it passes at a consumer. */
class EventEnvelopesTest {

    /** Configured as the services' mapper is: java.time as ISO text, unknown properties ignored (microprofile-config). */
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final EventEnvelopes envelopes = new EventEnvelopes(MAPPER);

    @Test
    void anEnvelopeIsWrittenWithTheCloudEventsAttributesAndExtensionsAtTopLevel() throws Exception {
        JsonNode json = MAPPER.readTree(envelopes.write(submitted("corr-1", 2)));

        assertEquals("1.0", json.get("specversion").asText());
        assertEquals("0b8e5a3c-7c2e-4bd0-9f0e-6f1b1f0f6a11", json.get("id").asText());
        assertEquals("/accord/requirements-service", json.get("source").asText());
        assertEquals("accord.requirement.submitted", json.get("type").asText());
        assertEquals("4f3a9c1e-1d8b-4a55-8f7e-2c1d0b9a8e77", json.get("subject").asText());
        assertEquals("2026-03-01T08:15:30.123456Z", json.get("time").asText(), "RFC 3339 text, not a number");
        assertEquals("application/json", json.get("datacontenttype").asText());
        assertEquals("li.na", json.get("actor").asText());
        assertEquals("corr-1", json.get("correlationid").asText());
        assertEquals(2, json.get("aggregaterevision").asInt());
        assertEquals("pumps", json.get("data").get("title").asText());
    }

    @Test
    void absentOptionalExtensionsAreLeftOutRatherThanWrittenAsNull() throws Exception {
        JsonNode json = MAPPER.readTree(envelopes.write(submitted(null, null)));

        assertFalse(json.has("correlationid"));
        assertFalse(json.has("aggregaterevision"));
        assertFalse(json.has("traceparent"), "an event written outside any trace carries no trace context");
        assertFalse(json.has("tracestate"));
    }

    @Test
    void theTraceContextTravelsAsTheCloudEventsDistributedTracingExtension() throws Exception {
        EventEnvelope untraced = submitted("corr-1", 2);
        EventEnvelope traced = new EventEnvelope(untraced.specversion(), untraced.id(), untraced.source(), untraced.type(),
                untraced.subject(), untraced.time(), untraced.datacontenttype(), untraced.actor(), untraced.correlationid(),
                untraced.aggregaterevision(), untraced.data(), "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                "accord=1");

        JsonNode json = MAPPER.readTree(envelopes.write(traced));

        assertEquals("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", json.get("traceparent").asText());
        assertEquals("accord=1", json.get("tracestate").asText());
        assertEquals(traced, envelopes.parse(envelopes.write(traced)));
    }

    @Test
    void whatIsWrittenIsReadBackUnchanged() {
        EventEnvelope sent = submitted("corr-1", 2);

        assertEquals(sent, envelopes.parse(envelopes.write(sent)));
    }

    @Test
    void anExtensionThisVersionDoesNotKnowIsIgnoredNotRefused() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(envelopes.write(submitted("corr-1", 2)));
        json.put("partitionkey", "4f3a9c1e-1d8b-4a55-8f7e-2c1d0b9a8e77");

        assertEquals("accord.requirement.submitted", envelopes.parse(json.toString()).type());
    }

    @Test
    void anExtensionThisVersionDoesNotKnowIsIgnoredEvenByAMapperThatRefusesUnknownProperties() throws Exception {
        // Jackson's default: any reader not configured like the services (a tool, a test, another app) would refuse it
        ObjectMapper strict = new ObjectMapper().findAndRegisterModules()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        ObjectNode json = (ObjectNode) MAPPER.readTree(envelopes.write(submitted("corr-1", 2)));
        json.put("partitionkey", "4f3a9c1e-1d8b-4a55-8f7e-2c1d0b9a8e77");

        EventEnvelope read = strict.readValue(json.toString(), EventEnvelope.class);

        assertEquals(submitted("corr-1", 2), read);
    }

    @Test
    void aValueThatIsNotJsonIsAMalformedEvent() {
        assertThrows(MalformedEventException.class, () -> envelopes.parse("not json"));
        assertThrows(MalformedEventException.class, () -> envelopes.parse("[1, 2]"));
        assertThrows(MalformedEventException.class, () -> envelopes.parse("{\"specversion\": \"1.0\", \"time\": \"yesterday\"}"));
    }

    @Test
    void anEnvelopeLackingARequiredAttributeIsAMalformedEvent() throws Exception {
        for (String attribute : new String[]{"id", "type", "subject", "data", "specversion"}) {
            ObjectNode json = (ObjectNode) MAPPER.readTree(envelopes.write(submitted("corr-1", 2)));
            json.remove(attribute);
            assertThrows(MalformedEventException.class, () -> envelopes.parse(json.toString()), "without " + attribute);
        }
    }

    @Test
    void anEnvelopeOfAnotherSpecVersionIsAMalformedEvent() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(envelopes.write(submitted("corr-1", 2)));
        json.put("specversion", "0.3");

        assertThrows(MalformedEventException.class, () -> envelopes.parse(json.toString()));
    }

    @Test
    void anEnvelopeWhoseDataIsJsonNullIsAMalformedEvent() throws Exception {
        // a handler would read a null payload and fail with a NullPointerException, which the consumer retries for a
        // minute as if it were transient before dead-lettering it; refused at the door, it goes to the DLQ at once
        ObjectNode json = (ObjectNode) MAPPER.readTree(envelopes.write(submitted("corr-1", 2)));
        json.putNull("data");

        assertThrows(MalformedEventException.class, () -> envelopes.parse(json.toString()));
    }

    @Test
    void dataIsReadIntoTheConsumersOwnTypeIgnoringFieldsItDoesNotRead() {
        Title title = envelopes.dataAs(submitted("corr-1", 2), Title.class);

        assertEquals(new Title("pumps"), title);
    }

    @Test
    void dataOfTheWrongShapeIsAMalformedEventNamingTheType() {
        EventEnvelope envelope = new EventEnvelope("1.0", "e-1", "/accord/requirements-service", "accord.requirement.submitted",
                "s-1", null, null, null, null, null, MAPPER.createObjectNode().put("revision", "not a number"), null, null);

        MalformedEventException e = assertThrows(MalformedEventException.class, () -> envelopes.dataAs(envelope, Revision.class));
        assertTrue(e.getMessage().contains("accord.requirement.submitted"), e.getMessage());
    }

    @Test
    void theShortTypeDropsTheAccordPrefixOnly() {
        assertEquals("requirement.submitted", submitted(null, null).shortType());
        assertEquals("other.thing", new EventEnvelope("1.0", "e", "s", "other.thing", "x", null, null, null, null, null, null, null, null).shortType());
    }

    @Test
    void typesAreQualifiedWithThePrefixOnce() {
        assertEquals("accord.review.approved", EventTypes.qualified("review.approved"));
        assertEquals("accord.review.approved", EventTypes.qualified("accord.review.approved"));
    }

    record Title(String title) {
    }

    record Revision(int revision) {
    }

    private static EventEnvelope submitted(String correlationId, Integer revision) {
        ObjectNode data = MAPPER.createObjectNode().put("title", "pumps").put("totalValue", "1200.50");
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, "0b8e5a3c-7c2e-4bd0-9f0e-6f1b1f0f6a11",
                "/accord/requirements-service", "accord.requirement.submitted",
                UUID.fromString("4f3a9c1e-1d8b-4a55-8f7e-2c1d0b9a8e77").toString(),
                OffsetDateTime.parse("2026-03-01T08:15:30.123456Z"), EventEnvelope.JSON, "li.na", correlationId, revision, data, null, null);
    }
}
