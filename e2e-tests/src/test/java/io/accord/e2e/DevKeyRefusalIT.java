package io.accord.e2e;

import io.accord.testsupport.FreePorts;
import io.accord.testsupport.PackagedApp;
import io.accord.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The packaged apps in the prod profile refuse to start with the repository's dev key pair: a service that would
 * trust the dev public key, and a gateway that would sign with the dev private key. They exit before listening,
 * and the log says why.
 */
class DevKeyRefusalIT {

    private static final Path ROOT = AccordSuite.root();

    @Test
    void aServiceInProdRefusesToTrustTheDevKey() throws Exception {
        Map<String, String> props = prod("accord_e2e_refusal_requirements");
        props.putAll(PackagedApp.devKeys(ROOT, false));

        String log = refusedStart("requirements-service", props);

        assertThat(log, allOf(containsString("Refusing to start"), containsString("mp.jwt.verify.publickey.location"),
                containsString("development key")));
    }

    @Test
    void aGatewayInProdRefusesToSignWithTheDevKey() throws Exception {
        Path ownPublicKey = Files.createTempFile("accord-e2e-own", ".pem");
        var pair = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Files.writeString(ownPublicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        Map<String, String> props = prod("accord_e2e_refusal_gateway");
        props.putAll(PackagedApp.devKeys(ROOT, true));
        props.put("ACCORD_JWT_PUBLIC_KEY_LOCATION", ownPublicKey.toString());

        String log = refusedStart("gateway", props);

        assertThat(log, allOf(containsString("Refusing to start"), containsString("smallrye.jwt.sign.key.location"),
                not(containsString("mp.jwt.verify.publickey.location ("))));
    }

    private static Map<String, String> prod(String database) {
        return new HashMap<>(Map.of("quarkus.profile", "prod",
                "ACCORD_JWT_ISSUER", "https://accord.example/e2e",
                "quarkus.datasource.jdbc.url", TestDatabases.recreate(database),
                "quarkus.datasource.username", TestDatabases.user(),
                "quarkus.datasource.password", TestDatabases.password(),
                // nothing may talk to a broker before the check: an unreachable one must not matter
                "kafka.bootstrap.servers", "127.0.0.1:1"));
    }

    private static String refusedStart(String module, Map<String, String> props) throws Exception {
        Path work = Files.createDirectories(ROOT.resolve("e2e-tests/target/e2e-refusal"));
        try (PackagedApp app = PackagedApp.start(ROOT.resolve(module), module, FreePorts.pick(),
                FreePorts.pick(), work, props)) {
            int exit = app.awaitExit(Duration.ofSeconds(90));
            assertNotEquals(0, exit, module + " started with the dev key; see " + app.log());
            return Files.readString(app.log());
        }
    }
}
