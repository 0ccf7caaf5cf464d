package io.accord.testsupport;

import io.restassured.RestAssured;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What every service refuses before any resource runs, checked the same way in each: paths that are not plain (400)
 * and bodies over the service's limit, announced or chunked (413), all as problem+json.
 */
public final class EdgeBaseline {

    private static final byte[] TWO_MEGABYTES = new byte[2 * 1024 * 1024];

    private EdgeBaseline() {
    }

    /** {@code writePath} takes a JSON POST from {@code authorization}'s caller. */
    public static void check(String writePath, String authorization) {
        int port = RestAssured.port;
        for (String path : new String[] {writePath + "/../../q/health", writePath + "/%2e%2e/x", "/q/./metrics"}) {
            RawHttp.Answer answer = RawHttp.get(port, path, "Authorization: " + authorization);
            assertEquals(400, answer.status(), path + " -> " + answer.body());
            assertEquals("application/problem+json", answer.header("Content-Type"), path);
        }
        given().header("Authorization", authorization).contentType("application/json").body(TWO_MEGABYTES).post(writePath)
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        try {
            HttpResponse<String> chunked = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + writePath))
                            .header("Authorization", authorization).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(TWO_MEGABYTES))).build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(413, chunked.statusCode(), chunked.body());
            assertEquals("application/problem+json", chunked.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new AssertionError("a chunked body over the limit must be answered, not dropped", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
