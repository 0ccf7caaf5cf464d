package io.accord.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import static io.accord.e2e.Manifests.kind;
import static io.accord.e2e.Manifests.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each rule of DeployRules fails when the production overlay is broken the way it guards against: a copy of what the
 * overlay renders, one thing taken out of it, must be reported (and naming what is wrong). The unbroken overlay passes
 * them all (DeployTreeTest).
 */
class DeployRulesTest {

    private static List<JsonNode> prod;

    @BeforeAll
    static void render() throws Exception {
        prod = Manifests.render("deploy/overlays/prod");
    }

    @Test
    void aDeploymentWithoutAReadinessProbeOrALimitIsReported() {
        List<String> problems = DeployRules.probesAndLimits(broken(deployment("review-service"),
                d -> container(d).remove("readinessProbe")));
        assertEquals(List.of("Deployment/review-service container review-service: no readinessProbe on /q/health/ready at the management port"), problems);
        problems = DeployRules.probesAndLimits(broken(deployment("gateway"),
                d -> ((ObjectNode) container(d).path("resources").path("limits")).remove("memory")));
        assertEquals(List.of("Deployment/gateway container gateway: no resources.limits.memory"), problems);
    }

    @Test
    void aDeploymentThatMayWriteItsRootFilesystemIsReported() {
        List<String> problems = DeployRules.podSecurity(broken(deployment("feedback-service"),
                d -> ((ObjectNode) container(d).path("securityContext")).put("readOnlyRootFilesystem", false)));
        assertEquals(List.of("Deployment/feedback-service container feedback-service: root filesystem not read-only"), problems);
    }

    @Test
    void aReplicaCountBesideTheAutoscalerIsReported() {
        List<String> problems = DeployRules.autoscaledWithoutReplicas(broken(deployment("complaint-service"),
                d -> ((ObjectNode) d.path("spec")).put("replicas", 1)));
        assertEquals(List.of("Deployment/complaint-service: sets spec.replicas although an autoscaler owns the count"), problems);
    }

    @Test
    void aDeploymentWithoutADisruptionBudgetOrANetworkPolicyIsReported() {
        assertEquals(List.of("Deployment/gateway: no PodDisruptionBudget selects its pods"),
                DeployRules.disruptionBudgets(without(o -> kind(o, "PodDisruptionBudget") && name(o).equals("gateway"))));
        assertEquals(List.of("Deployment/requirements-service: no NetworkPolicy selects its pods"),
                DeployRules.networkPolicies(without(o -> kind(o, "NetworkPolicy") && name(o).equals("requirements-service"))));
    }

    @Test
    void aTopicWithoutAKafkaTopicIsReported() {
        List<String> problems = DeployRules.kafkaTopics(without(o -> kind(o, "KafkaTopic") && name(o).equals("accord.feedback")),
                DeployTreeTest.topicsInTheCode());
        assertEquals(List.of("topic accord.feedback has no KafkaTopic"), problems);
    }

    @Test
    void aVariableTheAppReadsWithoutDefaultThatTheDeploymentLacksIsReported() {
        Map<String, Set<String>> required = DeployTreeTest.requiredEnvironment();
        assertTrue(required.get("gateway").contains("ACCORD_JWT_PUBLIC_KEY_LOCATION"), "read without default: " + required);
        List<String> problems = DeployRules.environment(broken(deployment("gateway"), d -> {
            ArrayNode env = (ArrayNode) container(d).path("env");
            for (int i = env.size() - 1; i >= 0; i--) {
                if (env.get(i).path("name").asText().equals("ACCORD_JWT_PUBLIC_KEY_LOCATION")) {
                    env.remove(i);
                }
            }
        }), required);
        assertEquals(List.of("Deployment/gateway does not set ACCORD_JWT_PUBLIC_KEY_LOCATION, which the app reads without a default"),
                problems);
    }

    private static Predicate<JsonNode> deployment(String name) {
        return o -> kind(o, "Deployment") && name(o).equals(name);
    }

    private static ObjectNode container(JsonNode deployment) {
        return (ObjectNode) deployment.at("/spec/template/spec/containers/0");
    }

    /** A copy of the overlay with the objects that match changed. */
    private static List<JsonNode> broken(Predicate<JsonNode> which, Consumer<JsonNode> change) {
        return copy(o -> {
            if (which.test(o)) {
                change.accept(o);
            }
            return o;
        });
    }

    /** A copy of the overlay without the objects that match. */
    private static List<JsonNode> without(Predicate<JsonNode> which) {
        return copy(o -> which.test(o) ? null : o);
    }

    private static List<JsonNode> copy(Function<JsonNode, JsonNode> each) {
        return prod.stream().map(o -> (JsonNode) o.deepCopy()).map(each).filter(o -> o != null).toList();
    }
}
