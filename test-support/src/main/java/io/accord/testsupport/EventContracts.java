package io.accord.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Contract checks between a producer's event payloads and a consumer's read model, without a broker: the payload
 * record from the producer's {@code *-events} module is written as the services write it and read into the
 * consumer's own record. A producer that renames or drops a field a consumer reads fails the consumer's test.
 */
public final class EventContracts {

    /**
     * The JSON form of the services' mapper: Quarkus's defaults (java.time as ISO text, UTC, the modules on the
     * class path) and accord-infra's {@code quarkus.jackson.fail-on-unknown-properties=false}.
     */
    public static final ObjectMapper SERVICE_MAPPER = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setTimeZone(TimeZone.getTimeZone("UTC"));

    /** Refuses what a read model does not declare, so a read model that is no tolerant reader shows. */
    private static final ObjectMapper STRICT = SERVICE_MAPPER.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final String ADDED_LATER = "fieldAProducerAddedLater";

    private EventContracts() {
    }

    /**
     * Reads {@code payload}, as its producer writes it, into {@code readModel} (a record) and fails unless
     * <ul>
     * <li>every field the read model declares, in nested records and lists of them too, is in the payload and not
     * null (so the test's payload must fill every field the consumer reads),</li>
     * <li>each is read as written, and</li>
     * <li>the read model, nested records included, ignores fields it does not know (a producer may add fields).</li>
     * </ul>
     *
     * @return what the consumer read, for assertions on what it makes of it
     */
    public static <T> T read(Object payload, Class<T> readModel) {
        JsonNode written = SERVICE_MAPPER.valueToTree(payload);
        List<String> missing = new ArrayList<>();
        JsonNode expected = project(written, readModel, "", missing);
        assertTrue(missing.isEmpty(), () -> readModel.getSimpleName() + " reads " + missing + ", which "
                + payload.getClass().getSimpleName() + " does not carry (or the test left null): " + written);

        T read = convert(SERVICE_MAPPER, written, readModel);
        JsonNode readBack = project(SERVICE_MAPPER.valueToTree(read), readModel, "", new ArrayList<>());
        assertEquals(expected, readBack, () -> readModel.getSimpleName() + " reads " + payload.getClass().getSimpleName()
                + " differently from how it was written");

        convert(STRICT, withFieldAddedEverywhere(written.deepCopy()), readModel);
        return read;
    }

    private static <T> T convert(ObjectMapper mapper, JsonNode json, Class<T> type) {
        try {
            return mapper.treeToValue(json, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return fail(type.getSimpleName() + " cannot read " + json + " (a read model, and each record in it, must be a "
                    + "tolerant reader: @JsonIgnoreProperties(ignoreUnknown = true)): " + e.getMessage(), e);
        }
    }

    /** The part of {@code json} that {@code type} reads; names of fields absent or null go to {@code missing}. */
    private static JsonNode project(JsonNode json, Class<?> type, String path, List<String> missing) {
        if (!type.isRecord()) {
            return fail("read models are records; " + type.getName() + " is not");
        }
        ObjectNode part = SERVICE_MAPPER.createObjectNode();
        for (RecordComponent field : type.getRecordComponents()) {
            JsonNode value = json.get(field.getName());
            if (value == null || value.isNull()) {
                missing.add(path + field.getName());
            } else {
                part.set(field.getName(), projectValue(value, field.getGenericType(), path + field.getName(), missing));
            }
        }
        return part;
    }

    private static JsonNode projectValue(JsonNode value, Type type, String path, List<String> missing) {
        if (type instanceof Class<?> c && c.isRecord()) {
            return project(value, c, path + ".", missing);
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw) && p.getActualTypeArguments()[0] instanceof Class<?> element
                && element.isRecord() && value.isArray()) {
            ArrayNode elements = SERVICE_MAPPER.createArrayNode();
            for (int i = 0; i < value.size(); i++) {
                elements.add(project(value.get(i), element, path + "[" + i + "].", missing));
            }
            return elements;
        }
        return value;
    }

    private static JsonNode withFieldAddedEverywhere(JsonNode json) {
        if (json instanceof ObjectNode object) {
            object.properties().forEach(field -> withFieldAddedEverywhere(field.getValue()));
            object.put(ADDED_LATER, "a value this consumer does not know");
        } else if (json.isArray()) {
            json.forEach(EventContracts::withFieldAddedEverywhere);
        }
        return json;
    }
}
