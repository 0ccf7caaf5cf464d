package io.accord.testsupport;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.util.Arrays;

/**
 * Requests to the management interface of the application under test (health, metrics), which listens on a port
 * of its own, never the public one; {@code quarkus.management.test-port=0} gives each test run a free port.
 */
public final class ManagementInterface {

    private ManagementInterface() {
    }

    public static RequestSpecification given() {
        URI url = URI.create(ConfigProvider.getConfig().getValue("test.management.url", String.class));
        return RestAssured.given().baseUri(url.getScheme() + "://" + url.getHost()).port(url.getPort()).basePath("");
    }

    /** The Prometheus text the management interface serves at {@code /q/metrics}. */
    public static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /**
     * The value of the series {@code name} whose labels include each of {@code labels} ({@code "channel=\"x\""}, as
     * written in the exposition); fails when there is none, so a test also proves that the series is exported.
     */
    public static double metric(String name, String... labels) {
        for (String line : metrics().split("\n")) {
            boolean series = line.startsWith(name + "{") || line.startsWith(name + " ");
            if (series && Arrays.stream(labels).allMatch(line::contains)) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no series " + name + " with " + Arrays.toString(labels) + " in /q/metrics");
    }
}
