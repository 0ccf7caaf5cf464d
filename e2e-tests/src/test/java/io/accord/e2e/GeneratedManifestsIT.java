package io.accord.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The Deployments and Services committed under deploy/base/generated are what the build generates today: each
 * app's target/kubernetes/kubernetes.yml (written by quarkus-kubernetes at package, which the reactor runs for every
 * app before these tests), compared as parsed YAML, so that a changed quarkus.kubernetes.* setting or Quarkus
 * version cannot leave the committed tree behind. A difference names each field that drifted and the command that
 * writes the files again: deploy/generate.sh, which runs this test with {@code -Daccord.manifests.write=true}.
 * <p>
 * Written, the files are canonical: quarkus-kubernetes adds each port and volume with a decorator of its own and
 * applies same-kind decorators in no fixed order, so two builds may list a container's ports (or volumes) in
 * different orders. Those lists, whose order means nothing to Kubernetes, are sorted by name here, on both sides of
 * the comparison, and every clone writes the same bytes.
 */
class GeneratedManifestsIT {

    private static final Path ROOT = AccordSuite.root();
    private static final Set<String> UNORDERED = Set.of("ports", "volumes", "volumeMounts");
    private static final ObjectMapper WRITER = new ObjectMapper(YAMLFactory.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES, YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS,
                    YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    @Test
    void theCommittedManifestsAreWhatTheBuildGenerates() throws Exception {
        boolean write = Boolean.getBoolean("accord.manifests.write");
        List<String> drift = new ArrayList<>();
        for (String app : DeployTreeTest.appNames()) {
            Path built = ROOT.resolve(app).resolve("target/kubernetes/kubernetes.yml");
            Path committed = ROOT.resolve("deploy/base/generated").resolve(app + ".yml");
            assertTrue(Files.exists(built), built + " is missing: package the app first (mvn package -pl " + app + " -am)");
            List<JsonNode> generated = canonical(Manifests.read(built));
            if (write) {
                Files.writeString(committed, yaml(app, generated));
            }
            if (!Files.exists(committed)) {
                drift.add(committed + " is missing");
                continue;
            }
            differences(byId(canonical(Manifests.read(committed))), byId(generated), "deploy/base/generated/" + app + ".yml ", drift);
        }
        if (!drift.isEmpty()) {
            fail("deploy/base/generated differs from what the build generates (committed -> generated):\n  "
                    + String.join("\n  ", drift) + "\nTo fix: run deploy/generate.sh (it builds the apps and writes these"
                    + " files from their target/kubernetes/kubernetes.yml), review the change and commit it");
        }
    }

    /** The comparison itself finds and names a changed, an added and a removed field, and ignores the port order. */
    @Test
    void aDriftIsNamedFieldByField() throws Exception {
        JsonNode committed = Manifests.YAML.readTree("{kind: Deployment, metadata: {name: a},"
                + " spec: {x: 1, y: [1, 2], ports: [{name: http}, {name: management}]}}");
        JsonNode generated = Manifests.YAML.readTree("{kind: Deployment, metadata: {name: a},"
                + " spec: {x: 2, y: [1], z: true, ports: [{name: management}, {name: http}]}}");
        List<String> drift = new ArrayList<>();
        differences(byId(canonical(List.of(committed))), byId(canonical(List.of(generated))), "", drift);
        assertEquals(List.of("Deployment/a /spec/x: 1 -> 2", "Deployment/a /spec/y/1: 2 -> (none)",
                "Deployment/a /spec/z: (none) -> true"), drift);
    }

    /** Written and read back, a canonical manifest is what it was: no string turns into a number or a boolean. */
    @Test
    void theWrittenFileReadsBackAsItWas() throws Exception {
        List<JsonNode> objects = List.of(Manifests.YAML.readTree("{kind: Deployment, metadata: {name: a}, env:"
                + " [{name: A, value: '2'}, {name: B, value: 'true'}, {name: C, value: '5s'}, {name: D, value: '0440'}]}"));
        Path file = Files.createTempFile("manifest", ".yml");
        Files.writeString(file, yaml("a", objects));
        assertEquals(objects, Manifests.read(file));
    }

    /** The objects with their unordered lists sorted by name. */
    private static List<JsonNode> canonical(List<JsonNode> objects) {
        objects.forEach(GeneratedManifestsIT::sortUnordered);
        return objects;
    }

    private static void sortUnordered(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> {
                if (UNORDERED.contains(field.getKey()) && field.getValue() instanceof ArrayNode list) {
                    List<JsonNode> items = new ArrayList<>();
                    list.forEach(items::add);
                    items.sort(Comparator.comparing(item -> item.path("name").asText()));
                    list.removeAll();
                    list.addAll(items);
                }
                sortUnordered(field.getValue());
            });
        } else if (node instanceof ArrayNode list) {
            list.forEach(GeneratedManifestsIT::sortUnordered);
        }
    }

    private static String yaml(String app, List<JsonNode> objects) throws Exception {
        StringWriter out = new StringWriter();
        out.write("# Generated by quarkus-kubernetes from " + app + "'s configuration: do not edit, run deploy/generate.sh\n");
        try (var documents = WRITER.writer().writeValues(out)) {
            documents.writeAll(objects);
        }
        return out.toString();
    }

    private static Map<String, JsonNode> byId(List<JsonNode> objects) {
        Map<String, JsonNode> byId = new TreeMap<>();
        objects.forEach(o -> byId.put(Manifests.id(o), o));
        return byId;
    }

    private static void differences(Map<String, JsonNode> committed, Map<String, JsonNode> generated, String file, List<String> drift) {
        TreeSet<String> ids = new TreeSet<>(committed.keySet());
        ids.addAll(generated.keySet());
        for (String id : ids) {
            differences(committed.get(id), generated.get(id), file + id + " ", drift);
        }
    }

    /** Each JSON pointer where the two differ, with both values. */
    private static void differences(JsonNode committed, JsonNode generated, String at, List<String> drift) {
        if (committed != null && generated != null && committed.isObject() && generated.isObject()) {
            TreeSet<String> fields = new TreeSet<>();
            committed.fieldNames().forEachRemaining(fields::add);
            generated.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                differences(committed.get(field), generated.get(field), at + "/" + field.replace("~", "~0").replace("/", "~1"), drift);
            }
        } else if (committed != null && generated != null && committed.isArray() && generated.isArray()) {
            for (int i = 0; i < Math.max(committed.size(), generated.size()); i++) {
                differences(committed.get(i), generated.get(i), at + "/" + i, drift);
            }
        } else if (committed == null || !committed.equals(generated)) {
            drift.add(at.stripTrailing() + ": " + show(committed) + " -> " + show(generated));
        }
    }

    private static String show(JsonNode value) {
        return value == null ? "(none)" : value.toString();
    }
}
