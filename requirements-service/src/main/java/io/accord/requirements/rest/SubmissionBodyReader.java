package io.accord.requirements.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * A submission has always been a POST without a body, and clients send such a POST with whatever Content-Type their
 * library puts there (none, {@code text/plain}, a form type). Since the body may now carry a clarification, this reads
 * an empty body of any type as none and anything else as the JSON of a {@link SubmissionRequest}.
 */
@Provider
@Consumes(MediaType.WILDCARD)
public class SubmissionBodyReader implements MessageBodyReader<SubmissionRequest> {

    private final ObjectMapper mapper;

    public SubmissionBodyReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == SubmissionRequest.class;
    }

    @Override
    public SubmissionRequest readFrom(Class<SubmissionRequest> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        byte[] bytes = body.readAllBytes();
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        return mapper.readValue(bytes, SubmissionRequest.class);
    }
}
