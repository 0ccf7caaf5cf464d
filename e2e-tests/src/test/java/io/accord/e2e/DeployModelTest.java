package io.accord.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.function.Predicate;

import static io.accord.e2e.Manifests.kind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every object each overlay renders is valid for its kind's schema (ObjectSchemas: fabric8's Kubernetes and
 * Prometheus Operator model, Strimzi's model, the project's shapes of CloudNativePG), so that a misspelt or misplaced
 * field fails here instead of being dropped, or refused, by the cluster. Each kind of check is shown to fail on a
 * broken object.
 */
class DeployModelTest {

    @ParameterizedTest
    @ValueSource(strings = {"overlays/local", "overlays/prod"})
    void everyObjectMatchesItsSchema(String overlay) throws Exception {
        assertEquals(List.of(), ObjectSchemas.check(Manifests.render("deploy/" + overlay)), overlay);
    }

    @Test
    void aMisspeltFieldOfABuiltInKindIsRefused() throws Exception {
        JsonNode deployment = one(o -> kind(o, "Deployment"));
        ObjectNode container = (ObjectNode) deployment.at("/spec/template/spec/containers/0");
        container.set("readinesProbe", container.remove("readinessProbe"));
        assertEquals(List.of("Deployment/" + Manifests.name(deployment) + ": spec.template.spec.containers.[0].readinesProbe: "
                + "Unrecognized field \"readinesProbe\" (class io.fabric8.kubernetes.api.model.Container), not marked as ignorable"),
                ObjectSchemas.check(deployment));
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() throws Exception {
        JsonNode autoscaler = one(o -> kind(o, "HorizontalPodAutoscaler"));
        ((ObjectNode) autoscaler.path("spec")).put("maxReplicas", "six");
        assertEquals(1, ObjectSchemas.check(autoscaler).size(), ObjectSchemas.check(autoscaler).toString());
    }

    @Test
    void aStrimziFieldTheOperatorDoesNotKnowIsRefused() throws Exception {
        JsonNode topic = one(o -> kind(o, "KafkaTopic"));
        ((ObjectNode) topic.path("spec")).put("replicationFactor", 3);
        List<String> problems = ObjectSchemas.check(topic);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("KafkaTopic/" + Manifests.name(topic) + ": spec.replicationFactor: Unrecognized field"),
                problems.get(0));
    }

    @Test
    void aCloudNativePgFieldOutsideTheShapesIsRefused() throws Exception {
        JsonNode cluster = one(o -> kind(o, "Cluster"));
        ((ObjectNode) cluster.path("spec")).put("instance", 3);
        ((ObjectNode) cluster.path("spec")).remove("instances");
        assertEquals(List.of("Cluster/accord-pg: spec.instances: required", "Cluster/accord-pg: spec.instance: unknown field"),
                ObjectSchemas.check(cluster));
    }

    @Test
    void aDatabaseOfAClusterThatDoesNotExistIsRefused() throws Exception {
        List<JsonNode> objects = Manifests.render("deploy/overlays/prod").stream()
                .filter(o -> !kind(o, "Cluster")).toList();
        assertEquals(List.of("Database/accord-complaints: no Cluster accord-pg", "Database/accord-feedback: no Cluster accord-pg",
                "Database/accord-gateway: no Cluster accord-pg", "Database/accord-reviews: no Cluster accord-pg",
                "ScheduledBackup/accord-pg-nightly: no Cluster accord-pg"), ObjectSchemas.check(objects).stream().sorted().toList());
    }

    @Test
    void aKindWithoutASchemaIsRefused() throws Exception {
        JsonNode object = Manifests.YAML.readTree("{apiVersion: example.com/v1, kind: Gadget, metadata: {name: g}}");
        assertEquals(List.of("Gadget/g: no schema for example.com/v1 Gadget"), ObjectSchemas.check(object));
    }

    private static JsonNode one(Predicate<JsonNode> which) throws Exception {
        return Manifests.render("deploy/overlays/prod").stream().filter(which).findFirst().orElseThrow().deepCopy();
    }
}
