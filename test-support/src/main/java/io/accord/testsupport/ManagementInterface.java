package io.accord.testsupport;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;

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
}
