package io.accord.e2e;

import io.accord.testsupport.LocalApps;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code apps.conf} is the one list of Accord's apps; the files that must agree with it for dev mode (each app's own
 * port, the gateway's services and their default addresses) are checked against it here, so they cannot drift apart.
 */
class LocalAppsTest {

    static final Path ROOT = AccordSuite.root();
    static final Pattern SERVICE_URL = Pattern.compile("accord\\.gateway\\.services\\.([^.]+)\\.url");
    static final Pattern DEFAULT_PORT = Pattern.compile(":(\\d+)}?$");

    @Test
    void everyAppIsAModuleListeningOnItsPortInDevModeToo() throws IOException {
        for (LocalApps.App app : LocalApps.read(ROOT)) {
            assertTrue(Files.exists(ROOT.resolve(app.name()).resolve("pom.xml")), app.name() + " is not a module");
            assertEquals(String.valueOf(app.port()), properties(app.name()).getProperty("quarkus.http.port"),
                    app.name() + "'s quarkus.http.port");
        }
    }

    @Test
    void theGatewayRoutesToExactlyTheServicesOfAppsConfAtTheirPorts() throws IOException {
        Properties gateway = properties("gateway");
        Set<String> routed = new TreeSet<>();
        for (String key : gateway.stringPropertyNames()) {
            Matcher service = SERVICE_URL.matcher(key);
            if (service.matches()) {
                routed.add(service.group(1));
                LocalApps.App app = LocalApps.services(ROOT).stream().filter(a -> a.routedAs().equals(service.group(1)))
                        .findFirst().orElseThrow(() -> new AssertionError(key + " names no service of apps.conf"));
                Matcher port = DEFAULT_PORT.matcher(gateway.getProperty(key));
                assertTrue(port.find() && port.group(1).equals(String.valueOf(app.port())),
                        key + "=" + gateway.getProperty(key) + " is not port " + app.port() + " of apps.conf");
            }
        }
        assertEquals(LocalApps.services(ROOT).stream().map(LocalApps.App::routedAs).collect(Collectors.toCollection(TreeSet::new)),
                routed);
    }

    private static Properties properties(String module) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(ROOT.resolve(module).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties;
    }
}
