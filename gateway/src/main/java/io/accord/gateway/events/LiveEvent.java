package io.accord.gateway.events;

import io.vertx.core.json.JsonObject;

/**
 * A domain event as the live stream forwards it: the CloudEvents envelope as received, plus what filters need and its
 * place in this replica's sequence of received events ({@code seq}, -1 until it is kept).
 */
public record LiveEvent(String id, String type, JsonObject envelope, long receivedAtNanos, long seq) {

    public LiveEvent(String id, String type, JsonObject envelope, long receivedAtNanos) {
        this(id, type, envelope, receivedAtNanos, -1);
    }

    public JsonObject data() {
        JsonObject data = envelope.getJsonObject("data");
        return data == null ? new JsonObject() : data;
    }

    LiveEvent numbered(long sequence) {
        return new LiveEvent(id, type, envelope, receivedAtNanos, sequence);
    }
}
