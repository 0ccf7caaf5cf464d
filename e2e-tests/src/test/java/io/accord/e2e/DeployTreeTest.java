package io.accord.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.accord.testsupport.LocalApps;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Kubernetes tree an operator applies (deploy/, issue 12), checked without a cluster: each overlay renders with
 * {@code kubectl kustomize}, and what it renders keeps the project's rules: every app has a PodDisruptionBudget and
 * a NetworkPolicy, every topic the code reads or writes has a KafkaTopic (in production with 3 replicas and
 * {@code min.insync.replicas} 2), every app's database exists in the PostgreSQL cluster, and the alert rules pass
 * {@code promtool}. Without kubectl or promtool on the machine the checks that need them are skipped, saying so.
 */
class DeployTreeTest {

    private static final Path ROOT = AccordSuite.root();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String NAME_LABEL = "app.kubernetes.io/name";

    @ParameterizedTest
    @ValueSource(strings = {"local", "prod"})
    void everyAppHasADisruptionBudgetAndANetworkPolicy(String overlay) throws Exception {
        List<JsonNode> objects = render("deploy/overlays/" + overlay);
        for (LocalApps.App app : LocalApps.read(ROOT)) {
            assertTrue(objects.stream().anyMatch(o -> kind(o, "PodDisruptionBudget") && selects(o.at("/spec/selector"), app.name())),
                    overlay + ": no PodDisruptionBudget selects " + app.name());
            assertTrue(objects.stream().anyMatch(o -> kind(o, "NetworkPolicy") && selects(o.at("/spec/podSelector"), app.name())
                            && o.at("/spec/policyTypes").toString().contains("Ingress")),
                    overlay + ": no ingress NetworkPolicy selects " + app.name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "prod"})
    void everyTopicTheCodeUsesHasAKafkaTopic(String overlay) throws Exception {
        List<JsonNode> topics = render("deploy/overlays/" + overlay).stream().filter(o -> kind(o, "KafkaTopic")).toList();
        Set<String> declared = new TreeSet<>();
        for (JsonNode topic : topics) {
            declared.add(topic.at("/spec/topicName").isTextual() ? topic.at("/spec/topicName").asText()
                    : topic.at("/metadata/name").asText());
        }
        Set<String> used = topicsInTheCode();
        assertFalse(used.isEmpty(), "no topic found in the apps' configuration");
        assertTrue(declared.containsAll(used), overlay + ": topics without a KafkaTopic: " + minus(used, declared));
        if (overlay.equals("prod")) {
            for (JsonNode topic : topics) {
                String name = topic.at("/metadata/name").asText();
                assertEquals(3, topic.at("/spec/replicas").asInt(), name + " replicas");
                assertEquals("2", topic.at("/spec/config/min.insync.replicas").asText(), name + " min.insync.replicas");
            }
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
        objects.stream().filter(o -> kind(o, "Database")).forEach(o -> databases.add(o.at("/spec/name").asText()));
        objects.stream().filter(o -> kind(o, "Cluster") && o.at("/apiVersion").asText().startsWith("postgresql.cnpg.io"))
                .forEach(o -> databases.add(o.at("/spec/bootstrap/initdb/database").asText()));
        for (LocalApps.App app : LocalApps.read(ROOT)) {
            assertTrue(databases.contains(app.database()), app.database() + " is not in " + databases);
        }
    }

    @Test
    void theAlertRulesPassPromtool() throws Exception {
        Assumptions.assumeTrue(onPath("promtool"), "promtool is not installed (Debian: prometheus): alert rules not checked");
        Process check = new ProcessBuilder("bash", ROOT.resolve("deploy/monitoring/check-rules.sh").toString())
                .directory(ROOT.toFile()).redirectErrorStream(true).start();
        String out = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(check.waitFor(60, TimeUnit.SECONDS), "promtool did not finish");
        assertEquals(0, check.exitValue(), out);
    }

    /** The topics the apps publish to, consume and dead-letter to, from their application.properties. */
    private static Set<String> topicsInTheCode() throws IOException {
        Set<String> topics = new TreeSet<>();
        for (LocalApps.App app : LocalApps.read(ROOT)) {
            Path file = ROOT.resolve(app.name()).resolve("src/main/resources/application.properties");
            Properties properties = new Properties();
            try (var in = Files.newBufferedReader(file)) {
                properties.load(in);
            }
            for (Map.Entry<Object, Object> e : properties.entrySet()) {
                String key = e.getKey().toString();
                if (key.equals("accord.events.topic") || key.startsWith("mp.messaging.") && key.endsWith(".topic")) {
                    topics.add(e.getValue().toString().trim());
                }
            }
        }
        return topics;
    }

    private static List<JsonNode> render(String directory) throws Exception {
        Assumptions.assumeTrue(onPath("kubectl"), "kubectl is not installed: " + directory + " not rendered");
        Process kustomize = new ProcessBuilder("kubectl", "kustomize", directory).directory(ROOT.toFile()).start();
        byte[] out = kustomize.getInputStream().readAllBytes();
        String err = new String(kustomize.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(kustomize.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize " + directory + " did not finish");
        assertEquals(0, kustomize.exitValue(), "kubectl kustomize " + directory + ": " + err);
        List<JsonNode> objects = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(out)) {
            var documents = YAML.readValues(parser, JsonNode.class);
            while (documents.hasNext()) {
                JsonNode object = documents.next();
                if (object != null && !object.isNull() && !(object instanceof MissingNode)) {
                    objects.add(object);
                }
            }
        }
        assertFalse(objects.isEmpty(), directory + " rendered nothing");
        return objects;
    }

    private static boolean kind(JsonNode object, String kind) {
        return kind.equals(object.path("kind").asText());
    }

    /** Whether a label selector (matchLabels or an In expression on the name label) selects the app's pods. */
    private static boolean selects(JsonNode selector, String app) {
        if (app.equals(selector.at("/matchLabels/" + NAME_LABEL.replace("/", "~1")).asText())) {
            return true;
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            if (NAME_LABEL.equals(expression.path("key").asText()) && "In".equals(expression.path("operator").asText())) {
                for (JsonNode value : expression.path("values")) {
                    if (app.equals(value.asText())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
