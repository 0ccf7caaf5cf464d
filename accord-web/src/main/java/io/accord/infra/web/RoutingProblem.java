package io.accord.infra.web;

import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.i18n.Locales;
import io.accord.infra.i18n.Text;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.Locale;

/**
 * problem+json answers written on a Vert.x route, before any JAX-RS resource runs (refused paths, bodies too large,
 * the gateway's own refusals): the same shape as the JAX-RS mappers write, with the request id in body and header.
 */
public final class RoutingProblem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final Text PAYLOAD_TOO_LARGE = Text.of("problem.title.payload-too-large");

    private RoutingProblem() {
    }

    public static String json(int status, String title, String detail, String path, String requestId) {
        return new JsonObject().put("type", "about:blank").put("title", title).put("status", status)
                .put("detail", detail).put("instance", path).put("requestId", requestId).encode();
    }

    /** The problem in the language the request asks for ({@link Locales}). */
    public static String json(int status, Text title, Text detail, String path, String requestId, Locale locale) {
        return json(status, title.in(locale), detail.in(locale), path, requestId);
    }

    /** Ends the exchange with a problem in the request's language. */
    public static void send(RoutingContext rc, int status, Text title, Text detail) {
        Locale locale = Locales.resolve(rc.request().getHeader(Locales.HEADER));
        rc.response().putHeader(HttpHeaders.VARY, Locales.HEADER);
        send(rc, status, title.in(locale), detail.in(locale));
    }

    /** Ends the exchange with a 400 naming the field, as the JAX-RS mappers answer an {@link InvalidFieldException}. */
    public static void send(RoutingContext rc, InvalidFieldException invalid) {
        Locale locale = Locales.resolve(rc.request().getHeader(Locales.HEADER));
        String id = rc.request().getHeader(RequestIds.HEADER);
        if (id != null) {
            rc.response().putHeader(RequestIds.HEADER, id);
        }
        JsonObject problem = new JsonObject(json(invalid.status(), invalid.titleText().in(locale), invalid.detail().in(locale),
                rc.normalizedPath(), id));
        JsonArray violations = new JsonArray();
        invalid.violations(locale).forEach(v -> violations.add(new JsonObject().put("field", v.field()).put("message", v.message())));
        rc.response().setStatusCode(invalid.status()).putHeader("Content-Type", MEDIA_TYPE)
                .putHeader(HttpHeaders.VARY, Locales.HEADER).end(problem.put("violations", violations).encode());
    }

    /** Ends the exchange with a problem, title and detail as they are (the old way, the same in every language). */
    public static void send(RoutingContext rc, int status, String title, String detail) {
        String id = rc.request().getHeader(RequestIds.HEADER);
        if (id != null) {
            rc.response().putHeader(RequestIds.HEADER, id);
        }
        rc.response().setStatusCode(status).putHeader("Content-Type", MEDIA_TYPE)
                .end(json(status, title, detail, rc.normalizedPath(), id));
    }

    /**
     * Ends the exchange with a problem refused before its body was read (too large, bad path): the body is read and
     * dropped, never processed, so the client can finish sending and read the answer, as HTTP clients expect; a
     * client still sending after {@link #LINGER_MILLIS} has its connection closed (nginx's lingering close).
     */
    public static void sendUnread(RoutingContext rc, int status, String title, String detail) {
        sendUnread(rc, status, Text.literal(title), Text.literal(detail));
    }

    /** As {@link #sendUnread(RoutingContext, int, String, String)}, in the request's language. */
    public static void sendUnread(RoutingContext rc, int status, Text title, Text detail) {
        HttpServerRequest request = rc.request();
        if (!request.isEnded()) {
            request.handler(ignored -> {
            });
            closeUnlessEnded(rc.vertx(), request);
            request.resume();
        }
        send(rc, status, title, detail);
    }

    /** How long a refused body may go on streaming in before its connection is closed. */
    public static final long LINGER_MILLIS = 2000;

    /**
     * Stops a request whose body has not ended within {@link #LINGER_MILLIS}: over HTTP/1.1 by closing its connection,
     * over HTTP/2 by resetting its stream only (NO_ERROR, as RFC 9113 §8.1 has it), since the connection carries others.
     */
    public static void closeUnlessEnded(Vertx vertx, HttpServerRequest request) {
        vertx.setTimer(LINGER_MILLIS, id -> {
            if (!request.isEnded()) {
                if (request.version() == HttpVersion.HTTP_2) {
                    request.response().reset(0);
                } else {
                    request.connection().close();
                }
            }
        });
    }
}
