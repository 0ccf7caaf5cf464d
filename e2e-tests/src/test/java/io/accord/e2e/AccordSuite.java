package io.accord.e2e;

import io.accord.testsupport.FreePorts;
import io.accord.testsupport.KafkaTestBroker;
import io.accord.testsupport.LocalApps;
import io.accord.testsupport.PackagedApp;
import io.accord.testsupport.SmtpTestServer;
import io.accord.testsupport.TestDatabases;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * The whole suite as operations would run it: the packaged services and gateway as separate processes, a real
 * KRaft broker, a fresh database per service on the real PostgreSQL. Started once per test JVM.
 */
final class AccordSuite {

    private static String gatewayUrl;
    private static final List<PackagedApp> APPS = new ArrayList<>();

    private AccordSuite() {
    }

    static synchronized String gateway() {
        if (gatewayUrl == null) {
            start();
        }
        return gatewayUrl;
    }

    private static void start() {
        Path root = root();
        Path work;
        try {
            work = Files.createDirectories(root.resolve("e2e-tests/target/e2e-run"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String kafka = KafkaTestBroker.bootstrapServers();
        Map<String, String> smtp = mail().appSettings();
        // as ./accord up runs them: production settings, the local profile, the dev keys from the source tree
        // the apps ./accord up starts (apps.conf), each with a database of its own for the suite and free ports
        LocalApps.App gatewayApp = LocalApps.read(root).stream().filter(app -> !app.routed()).findFirst().orElseThrow();
        Map<String, String> gatewayProps = new HashMap<>(Map.of("quarkus.profile", "prod,local", "kafka.bootstrap.servers", kafka,
                "quarkus.datasource.jdbc.url", TestDatabases.recreate(e2eDatabase(gatewayApp)),
                "quarkus.datasource.username", TestDatabases.user(),
                "quarkus.datasource.password", TestDatabases.password()));
        gatewayProps.putAll(PackagedApp.devKeys(root, true));
        gatewayProps.putAll(smtp);
        Map<String, Integer> ports = new HashMap<>();
        LocalApps.services(root).forEach(service -> ports.put(service.name(), FreePorts.pick()));
        for (LocalApps.App service : LocalApps.services(root)) {
            int port = ports.get(service.name());
            Map<String, String> props = new HashMap<>(Map.of(
                    "quarkus.profile", "prod,local",
                    "quarkus.datasource.jdbc.url", TestDatabases.recreate(e2eDatabase(service)),
                    "quarkus.datasource.username", TestDatabases.user(),
                    "quarkus.datasource.password", TestDatabases.password(),
                    "kafka.bootstrap.servers", kafka,
                    // where feedback and complaints ask for a customer they have not heard of yet (ACCORD_REQUIREMENTS_URL)
                    "accord.customers.url", "http://127.0.0.1:" + ports.get("requirements-service")));
            props.putAll(PackagedApp.devKeys(root, false));
            props.putAll(smtp);
            APPS.add(PackagedApp.start(root.resolve(service.name()), service.name(), port, FreePorts.pick(), work, props));
            gatewayProps.put("accord.gateway.services." + service.routedAs() + ".url", "http://127.0.0.1:" + port);
        }
        int gatewayPort = FreePorts.pick();
        gatewayProps.put("accord.gateway.public-url", "http://127.0.0.1:" + gatewayPort);
        // every test signs in through POST /auth/token from this one address: more than a person would
        gatewayProps.put("accord.gateway.rate-limits.sign-in.capacity", "1000");
        gatewayProps.put("accord.gateway.rate-limits.sign-in.per-second", "100");
        APPS.add(PackagedApp.start(root.resolve(gatewayApp.name()), gatewayApp.name(), gatewayPort, FreePorts.pick(), work, gatewayProps));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PackagedApp.stopAll(APPS), "stop-accord-suite"));
        for (PackagedApp app : APPS) {
            app.awaitReady(Duration.ofSeconds(120));
        }
        gatewayUrl = "http://127.0.0.1:" + gatewayPort;
    }

    /**
     * The real SMTP server every app of the suite sends its mail to (one per test JVM, like the broker): a test reads
     * what arrived ({@code mail().await(m -> m.to().contains(address))}), or stops and starts it for an outage.
     */
    static SmtpTestServer mail() {
        return SmtpTestServer.shared();
    }

    /** The suite's own database for an app: accord_e2e_requirements for accord_requirements, and so on. */
    private static String e2eDatabase(LocalApps.App app) {
        return app.database().replaceFirst("^accord_", "accord_e2e_");
    }

    /** A signed token for that user and role, from the gateway's local sign-in ({@code POST /auth/token}). */
    static String token(String user, String role) {
        return given().baseUri(gateway()).contentType(ContentType.JSON)
                .body("{\"user\": \"%s\", \"roles\": [\"%s\"]}".formatted(user, role))
                .post("/auth/token").then().statusCode(200).extract().path("token");
    }

    /** A request through the gateway with that bearer token. */
    static RequestSpecification as(String token) {
        return given().baseUri(gateway()).header("Authorization", "Bearer " + token);
    }

    static PackagedApp app(String name) {
        return APPS.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    static Path root() {
        return Path.of(System.getProperty("accord.root", "..")).toAbsolutePath().normalize();
    }

}
