package io.accord.gateway.proxy;

import io.accord.infra.web.RequestIds;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** problem+json answers the gateway writes itself on its Vert.x routes (the services write their own). */
public final class GatewayProblem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private GatewayProblem() {
    }

    static String of(int status, String title, String detail, String path, String requestId) {
        return new JsonObject().put("type", "about:blank").put("title", title).put("status", status)
                .put("detail", detail).put("instance", path).put("requestId", requestId).encode();
    }

    /** Ends the exchange with a problem; the request id (set at the edge) is echoed in body and header. */
    public static void send(RoutingContext rc, int status, String title, String detail) {
        String id = rc.request().getHeader(RequestIds.HEADER);
        if (id != null) {
            rc.response().putHeader(RequestIds.HEADER, id);
        }
        rc.response().setStatusCode(status).putHeader("Content-Type", MEDIA_TYPE)
                .end(of(status, title, detail, rc.request().path(), id));
    }
}
