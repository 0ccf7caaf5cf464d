package io.accord.gateway.proxy;

import io.accord.infra.i18n.Locales;
import io.accord.infra.i18n.Text;
import io.accord.infra.web.RoutingProblem;
import io.vertx.ext.web.RoutingContext;

/** problem+json answers the gateway writes itself on its Vert.x routes (the services write their own). */
public final class GatewayProblem {

    public static final String MEDIA_TYPE = RoutingProblem.MEDIA_TYPE;

    private GatewayProblem() {
    }

    /** The problem in the language {@code acceptLanguage} asks for (the client's header, proxied). */
    static String of(int status, Text title, Text detail, String path, String requestId, String acceptLanguage) {
        return RoutingProblem.json(status, title, detail, path, requestId, Locales.resolve(acceptLanguage));
    }

    /** The old way: title and detail as they are, the same in every language. */
    static String of(int status, String title, String detail, String path, String requestId) {
        return RoutingProblem.json(status, title, detail, path, requestId);
    }

    /** The old way: title and detail as they are, the same in every language. */
    public static void send(RoutingContext rc, int status, String title, String detail) {
        RoutingProblem.send(rc, status, title, detail);
    }

    /** Ends the exchange with a problem in the request's language; the request id (set at the edge) is echoed. */
    public static void send(RoutingContext rc, int status, Text title, Text detail) {
        RoutingProblem.send(rc, status, title, detail);
    }
}
