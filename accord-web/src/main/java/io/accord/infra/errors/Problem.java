package io.accord.infra.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.accord.infra.i18n.Locales;
import io.accord.infra.i18n.Text;
import io.accord.infra.web.RequestIds;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;

/**
 * RFC 9457 problem details, plus the request id to quote to support and field-level violations; {@code reauthenticate}
 * is true on a 401 that asks the person to sign in again before signing (absent otherwise).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
        List<Violation> violations, String currentState, Boolean reauthenticate) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record Violation(String field, String message) {
    }

    /** The old way: title and detail as they are, the same in every language. */
    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, RequestIds.current(), null, null, null);
    }

    public static Problem of(int status, Text title, Text detail, Locale locale) {
        return of(status, title.in(locale), detail.in(locale));
    }

    public Problem withViolations(List<Violation> list) {
        return new Problem(type, title, status, detail, instance, requestId, list, currentState, reauthenticate);
    }

    public Problem withCurrentState(String state) {
        return new Problem(type, title, status, detail, instance, requestId, violations, state, reauthenticate);
    }

    /** Marks a 401 that a fresh sign-in cures (a signature with a sign-in too old), not a missing or bad token. */
    public Problem withReauthenticate() {
        return new Problem(type, title, status, detail, instance, requestId, violations, currentState, Boolean.TRUE);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, requestId, violations, currentState, reauthenticate);
    }

    public Response.ResponseBuilder response() {
        // title and detail are in the request's language
        return Response.status(status).type(MEDIA_TYPE).header(HttpHeaders.VARY, Locales.HEADER).entity(this);
    }
}
