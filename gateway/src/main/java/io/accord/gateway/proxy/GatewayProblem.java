package io.accord.gateway.proxy;

import io.accord.infra.web.RoutingProblem;
import io.vertx.ext.web.RoutingContext;

/** problem+json answers the gateway writes itself on its Vert.x routes (the services write their own). */
public final class GatewayProblem {

    public static final String MEDIA_TYPE = RoutingProblem.MEDIA_TYPE;

    private GatewayProblem() {
    }

    static String of(int status, String title, String detail, String path, String requestId) {
        return RoutingProblem.json(status, title, detail, path, requestId);
    }

    /** Ends the exchange with a problem; the request id (set at the edge) is echoed in body and header. */
    public static void send(RoutingContext rc, int status, String title, String detail) {
        RoutingProblem.send(rc, status, title, detail);
    }
}
