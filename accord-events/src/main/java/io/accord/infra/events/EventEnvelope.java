package io.accord.infra.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/**
 * A CloudEvents 1.0 event in structured JSON mode. {@code actor} and {@code correlationid} are extension
 * attributes (CloudEvents requires lower-case alphanumeric extension names), {@code aggregaterevision} too.
 * {@code traceparent} and {@code tracestate} are the CloudEvents distributed tracing extension: the W3C trace context
 * of the transaction that wrote the event (absent when it ran outside any trace), so the trace survives wherever the
 * event is copied without its Kafka headers. Attributes this version does not know are ignored, whatever the reading
 * mapper's configuration.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
// a newer producer may add CloudEvents extensions: read whatever mapper configuration reads it
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventEnvelope(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        String actor,
        String correlationid,
        Integer aggregaterevision,
        JsonNode data,
        String traceparent,
        String tracestate) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
    /** Record header naming the structured CloudEvents content type, as the Kafka protocol binding asks. */
    public static final String CONTENT_TYPE_HEADER = "content-type";
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    /** The type without the {@code accord.} prefix, e.g. {@code requirement.submitted}. */
    public String shortType() {
        return type != null && type.startsWith(EventTypes.PREFIX) ? type.substring(EventTypes.PREFIX.length()) : type;
    }
}
