package io.accord.gateway.proxy;

import io.vertx.core.json.JsonObject;

/** problem+json bodies the gateway writes itself (the services write their own). */
final class GatewayProblem {

    static final String MEDIA_TYPE = "application/problem+json";

    private GatewayProblem() {
    }

    static String of(int status, String title, String detail, String path, String requestId) {
        return new JsonObject().put("type", "about:blank").put("title", title).put("status", status)
                .put("detail", detail).put("instance", path).put("requestId", requestId).encode();
    }
}
