package io.accord.gateway.events;

import io.vertx.core.json.JsonObject;

/** A domain event as the live stream forwards it: the CloudEvents envelope as received, plus what filters need. */
public record LiveEvent(String id, String type, JsonObject envelope, long receivedAtNanos) {

    public JsonObject data() {
        JsonObject data = envelope.getJsonObject("data");
        return data == null ? new JsonObject() : data;
    }
}
