package io.accord.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kubernetes objects as the deploy/ tests read them: rendered by {@code kubectl kustomize}, or one YAML file. */
final class Manifests {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final String NAME_LABEL = "app.kubernetes.io/name";

    private Manifests() {
    }

    /** What {@code kubectl kustomize} renders of a directory under the repository root; skipped without kubectl. */
    static List<JsonNode> render(String directory) throws Exception {
        Assumptions.assumeTrue(onPath("kubectl"), "kubectl is not installed: " + directory + " not rendered");
        Process kustomize = new ProcessBuilder("kubectl", "kustomize", directory).directory(AccordSuite.root().toFile()).start();
        byte[] out = kustomize.getInputStream().readAllBytes();
        String err = new String(kustomize.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(kustomize.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize " + directory + " did not finish");
        assertEquals(0, kustomize.exitValue(), "kubectl kustomize " + directory + ": " + err);
        List<JsonNode> objects = parse(out);
        assertFalse(objects.isEmpty(), directory + " rendered nothing");
        return objects;
    }

    /** The objects of a multi-document YAML file. */
    static List<JsonNode> read(Path file) throws IOException {
        return parse(Files.readAllBytes(file));
    }

    private static List<JsonNode> parse(byte[] yaml) throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(yaml)) {
            var documents = YAML.readValues(parser, JsonNode.class);
            while (documents.hasNext()) {
                JsonNode object = documents.next();
                if (object != null && !object.isNull() && !(object instanceof MissingNode)) {
                    objects.add(object);
                }
            }
        }
        return objects;
    }

    static boolean kind(JsonNode object, String kind) {
        return kind.equals(object.path("kind").asText());
    }

    static Stream<JsonNode> ofKind(List<JsonNode> objects, String kind) {
        return objects.stream().filter(o -> kind(o, kind));
    }

    static String name(JsonNode object) {
        return object.at("/metadata/name").asText();
    }

    /** "Kind/name", how a message names an object. */
    static String id(JsonNode object) {
        return object.path("kind").asText() + "/" + name(object);
    }

    /** The labels of a Deployment's pods. */
    static Map<String, String> podLabels(JsonNode deployment) {
        return YAML.convertValue(deployment.at("/spec/template/metadata/labels"),
                YAML.getTypeFactory().constructMapType(Map.class, String.class, String.class));
    }

    /** Whether a label selector (matchLabels, matchExpressions In / NotIn / Exists / DoesNotExist) selects these labels. */
    static boolean selects(JsonNode selector, Map<String, String> labels) {
        if (selector.isMissingNode() || selector.isNull()) {
            return false;
        }
        var matchLabels = selector.path("matchLabels").fields();
        while (matchLabels.hasNext()) {
            var label = matchLabels.next();
            if (!label.getValue().asText().equals(labels.get(label.getKey()))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String value = labels.get(expression.path("key").asText());
            List<String> values = new ArrayList<>();
            expression.path("values").forEach(v -> values.add(v.asText()));
            boolean matches = switch (expression.path("operator").asText()) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
            if (!matches) {
                return false;
            }
        }
        return true;
    }

    static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
