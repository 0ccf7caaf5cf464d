package io.accord.infra.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns every failure into {@code application/problem+json}: the statuses of API.md's error table, field
 * names for bad input, 503 with Retry-After when the database is away, and never a stack trace. A concurrent
 * update (409) is mapped where the ORM is, in accord-persistence ({@code ConcurrentUpdateMapper}).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        Problem problem = Problem.of(e.status(), e.title(), e.getMessage()).at(uri.getPath());
        if (e instanceof IllegalTransitionException transition) {
            problem = problem.withCurrentState(transition.currentState());
        }
        if (e instanceof InvalidFieldException invalid) {
            problem = problem.withViolations(invalid.violations());
        }
        if (e instanceof ReauthenticationRequiredException reauthenticate) {
            // RFC 9470's step-up challenge: the token is valid, the sign-in behind it too old for a signature
            return problem.withReauthenticate().response().header(HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer error=\"insufficient_user_authentication\", error_description=\"a recent sign-in is needed "
                            + "to sign\", max_age=" + reauthenticate.maxAge().toSeconds()).build();
        }
        return problem.response().build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            violations.add(new Problem.Violation(fieldOf(v.getPropertyPath()), v.getMessage()));
        }
        violations.sort(Comparator.comparing(Problem.Violation::field));
        return Problem.of(400, "Invalid request", violations.size() + " field(s) are invalid")
                .withViolations(violations).at(uri.getPath()).response().build();
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, UriInfo uri) {
        return Problem.of(400, "Invalid request", e.getMessage()).at(uri.getPath()).response().build();
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return malformedBody(e, uri);
    }

    /** Declared apart: Quarkus has a built-in mapper for this subtype that would otherwise answer without a body. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return malformedBody(e, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedBody(json, uri);
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            // JAX-RS answers a path or query parameter it cannot convert with 404; the API contract says 400
            return Problem.of(400, "Invalid request", "a path or query parameter has a value of the wrong type or format")
                    .at(uri.getPath()).response().build();
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        Response.ResponseBuilder builder = Problem.of(status, title, detailOf(status, e)).at(uri.getPath()).response();
        if (e.getResponse() != null && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return builder.build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Problem.of(401, "Unauthorized", "a valid bearer token is required").at(uri.getPath()).response()
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? "your roles do not allow this operation" : e.getMessage();
        return Problem.of(403, "Forbidden", detail).at(uri.getPath()).response().build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (Unavailability.isDatabaseUnavailable(e)) {
            LOG.warnf("database unavailable: %s", e.toString());
            return Problem.of(503, "Service unavailable", "a dependency is temporarily unavailable; retry later")
                    .at(uri.getPath()).response().header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        if (Unavailability.isUniqueViolation(e)) {
            return Problem.of(409, "Conflict", "the request conflicts with existing data").at(uri.getPath())
                    .response().build();
        }
        if (Unavailability.isClientGone(e)) {
            // the client hung up before its body was complete: its doing, not a failure of this service
            LOG.debugf("client went away mid-request: %s", e.toString());
            return Problem.of(400, "Incomplete request", "the connection closed before the request body was complete")
                    .at(uri.getPath()).response().build();
        }
        LOG.error("unexpected failure", e);
        return Problem.of(500, "Internal error", "an unexpected error occurred; quote the requestId to support")
                .at(uri.getPath()).response().build();
    }

    private Response malformedBody(JsonProcessingException e, UriInfo uri) {
        Problem problem = Problem.of(400, "Malformed request body", "the body is not valid JSON of the expected shape");
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            problem = problem.withViolations(List.of(new Problem.Violation(pathOf(mapping), "has the wrong type or format")));
        }
        return problem.at(uri.getPath()).response().build();
    }

    private static String detailOf(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "no resource at this path";
            case 405 -> "method not allowed on this resource";
            case 406 -> "none of the accepted media types can be produced";
            case 413 -> "the request body is too large";
            case 415 -> "unsupported content type; send application/json";
            default -> e.getMessage();
        };
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** {@code create.body.items[0].quantity} becomes {@code items[0].quantity}; a bare parameter keeps its name. */
    static String fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        int from = 0;
        if (!nodes.isEmpty() && nodes.get(0).getKind() == ElementKind.METHOD) {
            from = 1;
        }
        if (nodes.size() > from + 1 && nodes.get(from).getKind() == ElementKind.PARAMETER) {
            from++;
        }
        StringBuilder field = new StringBuilder();
        for (int i = from; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
