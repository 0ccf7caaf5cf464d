package io.accord.infra.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.accord.infra.i18n.Locales;
import io.accord.infra.i18n.Text;
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
import java.util.Locale;
import java.util.Set;

/**
 * Turns every failure into {@code application/problem+json}: the statuses of API.md's error table, field
 * names for bad input, 503 with Retry-After when the database is away, and never a stack trace. A concurrent
 * update (409) is mapped where the ORM is, in accord-persistence ({@code ConcurrentUpdateMapper}). Titles, details and
 * violations are in the request's language ({@link Locales}); the answer says {@code Vary: Accept-Language}.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final String RETRY_AFTER_SECONDS = "5";
    private static final Text INVALID = Text.of("problem.title.invalid");
    private static final Set<Integer> STATUS_DETAILS = Set.of(404, 405, 406, 413, 415);

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri, HttpHeaders headers) {
        Locale locale = localeOf(headers);
        Problem problem = Problem.of(e.status(), e.titleText(), e.detail(), locale).at(uri.getPath());
        if (e instanceof IllegalTransitionException transition) {
            problem = problem.withCurrentState(transition.currentState());
        }
        if (e instanceof InvalidFieldException invalid) {
            problem = problem.withViolations(invalid.violations(locale));
        }
        if (e instanceof ReauthenticationRequiredException reauthenticate) {
            // RFC 9470's step-up challenge: the token is valid, the sign-in behind it too old for a signature
            return problem.withReauthenticate().response().header(HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer error=\"insufficient_user_authentication\", error_description=\"a recent sign-in is needed "
                            + "to sign\", max_age=" + reauthenticate.maxAge().toSeconds()).build();
        }
        return problem.response().build();
    }

    /**
     * The messages are Hibernate Validator's, in the request's language ({@code ValidationLocale}); Accord's own
     * constraints name keys of accord-web's {@code ValidationMessages} ({@code message = "{accord.currency}"}).
     */
    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        Locale locale = localeOf(headers);
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            violations.add(new Problem.Violation(fieldOf(v.getPropertyPath()), v.getMessage()));
        }
        violations.sort(Comparator.comparing(Problem.Violation::field));
        return Problem.of(400, INVALID, Text.of("problem.detail.fields-invalid", violations.size()), locale)
                .withViolations(violations).at(uri.getPath()).response().build();
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, UriInfo uri, HttpHeaders headers) {
        return Problem.of(400, INVALID, Text.literal(e.getMessage()), localeOf(headers)).at(uri.getPath()).response().build();
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return malformedBody(e, uri, localeOf(headers));
    }

    /** Declared apart: Quarkus has a built-in mapper for this subtype that would otherwise answer without a body. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return malformedBody(e, uri, localeOf(headers));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        Locale locale = localeOf(headers);
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedBody(json, uri, locale);
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            // JAX-RS answers a path or query parameter it cannot convert with 404; the API contract says 400
            return Problem.of(400, INVALID, Text.of("problem.detail.parameter-format"), locale)
                    .at(uri.getPath()).response().build();
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        Text title = Text.keyOr("problem.status." + status, known == null ? "Error" : known.getReasonPhrase());
        Text detail = STATUS_DETAILS.contains(status) ? Text.of("problem.detail.status." + status) : Text.literal(e.getMessage());
        Response.ResponseBuilder builder = Problem.of(status, title, detail, locale).at(uri.getPath()).response();
        if (e.getResponse() != null && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return builder.build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return Problem.of(401, Text.of("problem.title.unauthorized"), Text.of("problem.detail.bearer-required"), localeOf(headers))
                .at(uri.getPath()).response().header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** A role check's refusal; a refusal that says more is a {@link ForbiddenActionException}. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        Text detail = e.getMessage() == null || e.getMessage().isBlank() ? Text.of("problem.detail.roles")
                : Text.literal(e.getMessage());
        return Problem.of(403, Text.of("problem.title.forbidden"), detail, localeOf(headers)).at(uri.getPath()).response().build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        Locale locale = localeOf(headers);
        if (Unavailability.isDatabaseUnavailable(e)) {
            LOG.warnf("database unavailable: %s", e.toString());
            return Problem.of(503, Text.of("problem.title.unavailable"), Text.of("problem.detail.dependency-down"), locale)
                    .at(uri.getPath()).response().header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        if (Unavailability.isUniqueViolation(e)) {
            return Problem.of(409, Text.of("problem.title.conflict"), Text.of("problem.detail.existing-data"), locale)
                    .at(uri.getPath()).response().build();
        }
        if (Unavailability.isClientGone(e)) {
            // the client hung up before its body was complete: its doing, not a failure of this service
            LOG.debugf("client went away mid-request: %s", e.toString());
            return Problem.of(400, Text.of("problem.title.incomplete"), Text.of("problem.detail.incomplete"), locale)
                    .at(uri.getPath()).response().build();
        }
        LOG.error("unexpected failure", e);
        return Problem.of(500, Text.of("problem.title.internal"), Text.of("problem.detail.internal"), locale)
                .at(uri.getPath()).response().build();
    }

    private static Locale localeOf(HttpHeaders headers) {
        return Locales.of(headers);
    }

    private Response malformedBody(JsonProcessingException e, UriInfo uri, Locale locale) {
        Problem problem = Problem.of(400, Text.of("problem.title.malformed"), Text.of("problem.detail.malformed"), locale);
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            problem = problem.withViolations(List.of(new Problem.Violation(pathOf(mapping),
                    Text.of("problem.violation.wrong-format").in(locale))));
        }
        return problem.at(uri.getPath()).response().build();
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
