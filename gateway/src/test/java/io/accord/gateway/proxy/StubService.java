package io.accord.gateway.proxy;

import io.accord.infra.web.RouteTemplateHeader;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in upstream for the gateway's unit tests: it echoes what it received, so a test sees what the
 * gateway forwarded. The real services behind the real gateway are exercised by the end-to-end tests.
 */
public final class StubService implements AutoCloseable {

    public static final int DOWNLOAD_BYTES = 5 * 1024 * 1024;

    public static final String CSV_HEADER = "\uFEFF编号,标题\r\n";
    public static final int CSV_ROWS = 2_000;

    public static String csvRow(int i) {
        return i + ",\"泵壳体, 第" + i + "批\"\r\n";
    }

    private final Vertx vertx = Vertx.vertx();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final AtomicInteger aborted = new AtomicInteger();
    private final AtomicInteger started = new AtomicInteger();

    /**
     * Like a real service, the stub takes at most 1 MB, except on the customers paths (the tests' upload group) and
     * attachment uploads.
     */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    public StubService(String name, int port) throws Exception {
        server = vertx.createHttpServer().requestHandler(req -> {
            started.incrementAndGet();
            boolean limited = !req.path().startsWith("/api/v1/customers") && !req.path().endsWith("/attachments");
            if (limited && announcesTooMuch(req)) {
                paths.add(req.path());
                req.connection().close();
                return;
            }
            req.body().onFailure(broken -> aborted.incrementAndGet()).onSuccess(body -> {
                    paths.add(req.path());
                    if (limited && body.length() > MAX_BODY_BYTES) {
                        req.connection().close();
                        return;
                    }
                    JsonObject echo = new JsonObject().put("service", name).put("method", req.method().name()).put("uri", req.uri())
                            .put("authorization", req.getHeader("Authorization"))
                            .put("apiKey", req.getHeader("X-API-Key"))
                            .put("proxyAuthorization", req.getHeader("Proxy-Authorization"))
                            .put("keepAlive", req.getHeader("Keep-Alive"))
                            .put("requestId", req.getHeader("X-Request-Id"))
                            .put("traceparents", new JsonArray(req.headers().getAll("traceparent")))
                            .put("forwardedHost", req.getHeader("X-Forwarded-Host"))
                            .put("forwardedProto", req.getHeader("X-Forwarded-Proto"))
                            .put("forwardedFor", req.getHeader("X-Forwarded-For"))
                            .put("forwarded", req.getHeader("Forwarded"))
                            .put("bodyLength", body.length())
                            .put("body", body.length() > 1024 ? null : body.toString());
                    if (req.path().endsWith("/download")) {
                        // a large answer, written in chunks as a service streaming a file would
                        req.response().setChunked(true).putHeader("Content-Type", "application/octet-stream");
                        Buffer chunk = Buffer.buffer(new byte[64 * 1024]);
                        for (int i = 0; i < DOWNLOAD_BYTES / chunk.length(); i++) {
                            req.response().write(chunk);
                        }
                        req.response().end();
                    } else if ("text/csv".equals(req.getHeader("Accept"))) {
                        // a list's CSV export as a service streams it: chunked, a batch of rows at a time
                        req.response().setChunked(true).putHeader("Content-Type", "text/csv;charset=UTF-8")
                                .putHeader("Content-Disposition", "attachment; filename=\"requirements-2026-03-01.csv\"")
                                .putHeader("Vary", "Accept-Language");
                        req.response().write(Buffer.buffer(CSV_HEADER, "UTF-8"));
                        for (int i = 0; i < CSV_ROWS; i++) {
                            req.response().write(Buffer.buffer(csvRow(i), "UTF-8"));
                        }
                        req.response().end();
                    } else if (req.path().endsWith("/slow")) {
                        // answers only after the gateway's timeout for this service has passed
                        vertx.setTimer(3000, t -> req.response().putHeader("Content-Type", "application/json").end(echo.encode()));
                    } else {
                        // a test plays a service that names the route template it matched (accord-web's RouteTemplateHeader)
                        String route = req.getHeader("X-Stub-Route");
                        if (route != null) {
                            req.response().putHeader(RouteTemplateHeader.HEADER, route);
                        }
                        req.response().putHeader("Content-Type", "application/json").end(echo.encode());
                    }
                });
        })
                .listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** A body over the limit makes the stub drop the connection, as a service's HTTP layer does mid-stream. */
    private static boolean announcesTooMuch(HttpServerRequest req) {
        String length = req.getHeader("Content-Length");
        return length != null && Long.parseLong(length) > MAX_BODY_BYTES;
    }

    /** How many requests arrived (their headers, at least). */
    public int started() {
        return started.get();
    }

    /** How many requests broke off before their body was complete (the caller went away or was cut off). */
    public int aborted() {
        return aborted.get();
    }

    /** How many requests reached this stub for a path under {@code prefix}, as a service would resolve the path. */
    public long requestsFor(String prefix) {
        return paths.stream().map(StubService::resolved).filter(p -> p.equals(prefix) || p.startsWith(prefix + "/")).count();
    }

    private static String resolved(String rawPath) {
        String decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        return Path.of(decoded).normalize().toString();
    }

    @Override
    public void close() throws Exception {
        server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
