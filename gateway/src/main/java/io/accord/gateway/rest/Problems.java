package io.accord.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Map;

/** problem+json for the gateway's own endpoints (validation, malformed JSON, wrong method or media type). */
public class Problems {

    static final String MEDIA_TYPE = "application/problem+json";

    static Response response(int status, String title, String detail) {
        return Response.status(status).type(MEDIA_TYPE)
                .entity(Map.of("type", "about:blank", "title", title, "status", status, "detail", detail)).build();
    }

    static Response violation(String field, String message) {
        return Response.status(400).type(MEDIA_TYPE).entity(Map.of("type", "about:blank", "title", "Invalid request",
                "status", 400, "detail", field + ": " + message, "violations", List.of(Map.of("field", field, "message", message))))
                .build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Map<String, String>> violations = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", field(v), "message", v.getMessage())).toList();
        return Response.status(400).type(MEDIA_TYPE).entity(Map.of("type", "about:blank", "title", "Invalid request",
                "status", 400, "detail", violations.size() + " field(s) are invalid", "violations", violations)).build();
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return response(400, "Malformed request body", "the body is not valid JSON of the expected shape");
    }

    /** Declared apart: Quarkus has a built-in mapper for this subtype that answers without a body. */
    @ServerExceptionMapper
    public Response mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException) {
            return response(400, "Malformed request body", "the body is not valid JSON of the expected shape");
        }
        int status = e.getResponse().getStatus();
        return response(status, Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase(), String.valueOf(e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        org.jboss.logging.Logger.getLogger(Problems.class).error("unexpected failure", e);
        return response(500, "Internal error", "an unexpected error occurred");
    }

    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        int body = path.indexOf(".body.");
        if (body >= 0) {
            return path.substring(body + 6);
        }
        int dot = path.lastIndexOf('.');
        return dot >= 0 ? path.substring(dot + 1) : path;
    }
}
