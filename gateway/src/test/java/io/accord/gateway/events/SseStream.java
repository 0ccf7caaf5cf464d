package io.accord.gateway.events;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** An open SSE response of the live stream whose lines are collected in the background. */
final class SseStream implements AutoCloseable {

    final int status;
    private final InputStream body;
    private final List<String> lines = new ArrayList<>();
    private volatile boolean ended;

    /** Connects to {@code uri} (a ticket in the query, or {@code authorization} as the header when not null). */
    static SseStream open(HttpClient http, URI uri, String authorization) throws Exception {
        return open(http, uri, authorization, null);
    }

    /** The same, resuming after {@code lastEventId} (the {@code Last-Event-ID} header) when not null. */
    static SseStream open(HttpClient http, URI uri, String authorization, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return new SseStream(http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
    }

    private SseStream(HttpResponse<InputStream> response) {
        this.status = response.statusCode();
        this.body = response.body();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                }
            } catch (Exception e) {
                // closed by the test
            }
            ended = true;
        });
        reader.setDaemon(true);
        reader.start();
    }

    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    boolean ended() {
        return ended;
    }

    @Override
    public void close() throws Exception {
        body.close();
    }
}
