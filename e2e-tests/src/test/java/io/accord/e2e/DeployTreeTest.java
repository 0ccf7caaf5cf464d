package io.accord.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.accord.testsupport.LocalApps;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static io.accord.e2e.Manifests.kind;
import static io.accord.e2e.Manifests.ofKind;
import static io.accord.e2e.Manifests.render;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Kubernetes tree an operator applies (deploy/, issue 12), checked without a cluster: each overlay renders with
 * {@code kubectl kustomize}, and what it renders keeps the project's rules (DeployRules): every app's Deployment
 * probes started, live and ready, has requests and limits, runs as the Restricted Pod Security Standard asks, is
 * scaled by an autoscaler alone, has a PodDisruptionBudget and a NetworkPolicy, and sets every environment variable
 * the app reads without a default; every topic the code reads or writes has a KafkaTopic (in production with 3
 * replicas and {@code min.insync.replicas} 2); every app's database exists in the PostgreSQL cluster; the alert rules
 * pass {@code promtool}. Without kubectl or promtool on the machine the checks that need them are skipped, saying so.
 * DeployModelTest checks the same objects against their schemas, GeneratedManifestsIT the generated part.
 */
class DeployTreeTest {

    private static final Path ROOT = AccordSuite.root();

    @ParameterizedTest
    @ValueSource(strings = {"local", "prod"})
    void everyAppIsDeployedAsTheRulesSay(String overlay) throws Exception {
        List<JsonNode> objects = render("deploy/overlays/" + overlay);
        Set<String> deployed = new TreeSet<>();
        ofKind(objects, "Deployment").forEach(d -> deployed.add(Manifests.name(d)));
        assertEquals(appNames(), deployed, overlay + ": the Deployments are not the apps of apps.conf");
        assertEquals(List.of(), DeployRules.probesAndLimits(objects), overlay);
        assertEquals(List.of(), DeployRules.podSecurity(objects), overlay);
        assertEquals(List.of(), DeployRules.autoscaledWithoutReplicas(objects), overlay);
        assertEquals(List.of(), DeployRules.disruptionBudgets(objects), overlay);
        assertEquals(List.of(), DeployRules.networkPolicies(objects), overlay);
        assertEquals(List.of(), DeployRules.environment(objects, requiredEnvironment()), overlay);
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "prod"})
    void everyTopicTheCodeUsesHasAKafkaTopic(String overlay) throws Exception {
        List<JsonNode> objects = render("deploy/overlays/" + overlay);
        Set<String> used = topicsInTheCode();
        assertFalse(used.isEmpty(), "no topic found in the apps' configuration");
        assertEquals(List.of(), DeployRules.kafkaTopics(objects, used), overlay);
        if (overlay.equals("prod")) {
            ofKind(objects, "KafkaTopic").forEach(topic -> {
                String name = Manifests.name(topic);
                assertEquals(3, topic.at("/spec/replicas").asInt(), name + " replicas");
                assertEquals("2", topic.at("/spec/config/min.insync.replicas").asText(), name + " min.insync.replicas");
            });
        }
    }

    @Test
    void theBrokerCreatesNoTopicOfItsOwn() throws Exception {
        JsonNode kafka = render("deploy/overlays/prod").stream().filter(o -> kind(o, "Kafka")).findFirst().orElseThrow();
        assertEquals("false", kafka.at("/spec/kafka/config/auto.create.topics.enable").asText());
    }

    @Test
    void everyAppsDatabaseExistsInThePostgresCluster() throws Exception {
        List<JsonNode> objects = render("deploy/overlays/prod");
        Set<String> databases = new TreeSet<>();
        ofKind(objects, "Database").forEach(o -> databases.add(o.at("/spec/name").asText()));
        objects.stream().filter(o -> kind(o, "Cluster") && o.at("/apiVersion").asText().startsWith("postgresql.cnpg.io"))
                .forEach(o -> databases.add(o.at("/spec/bootstrap/initdb/database").asText()));
        for (LocalApps.App app : LocalApps.read(ROOT)) {
            assertTrue(databases.contains(app.database()), app.database() + " is not in " + databases);
        }
    }

    /** The local overlay's key pair is the development one the apps accept in the local profile, byte for byte. */
    @Test
    void theLocalOverlayCarriesTheDevelopmentKeys() throws Exception {
        Path devKeys = ROOT.resolve("dev-keys/src/main/resources/META-INF/accord/dev-jwt");
        for (String key : List.of("public.pem", "private.pem")) {
            assertArrayEquals(Files.readAllBytes(devKeys.resolve(key)),
                    Files.readAllBytes(ROOT.resolve("deploy/overlays/local/dev-jwt").resolve(key)), key);
        }
    }

    @Test
    void theAlertRulesPassPromtool() throws Exception {
        Assumptions.assumeTrue(Manifests.onPath("promtool"), "promtool is not installed (Debian: prometheus): alert rules not checked");
        Process check = new ProcessBuilder("bash", ROOT.resolve("deploy/monitoring/check-rules.sh").toString())
                .directory(ROOT.toFile()).redirectErrorStream(true).start();
        String out = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(check.waitFor(60, TimeUnit.SECONDS), "promtool did not finish");
        assertEquals(0, check.exitValue(), out);
    }

    static Set<String> appNames() {
        Set<String> names = new TreeSet<>();
        LocalApps.read(ROOT).forEach(app -> names.add(app.name()));
        return names;
    }

    /** Per app, the environment variables its prod configuration reads without a default. */
    static Map<String, Set<String>> requiredEnvironment() {
        Map<String, Set<String>> required = new TreeMap<>();
        for (String app : appNames()) {
            required.put(app, AppConfig.of(ROOT, app).requiredEnvironment());
        }
        return required;
    }

    /** The topics the apps publish to, consume, dead-letter to and stream live. */
    static Set<String> topicsInTheCode() {
        Set<String> topics = new TreeSet<>();
        for (String app : appNames()) {
            topics.addAll(AppConfig.of(ROOT, app).topics());
        }
        return topics;
    }
}
