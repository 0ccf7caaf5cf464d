package io.accord.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.accord.e2e.Manifests.id;
import static io.accord.e2e.Manifests.name;
import static io.accord.e2e.Manifests.ofKind;
import static io.accord.e2e.Manifests.podLabels;
import static io.accord.e2e.Manifests.selects;

/**
 * The project's own rules for what an overlay renders (deploy/README.md), each a function from the rendered objects
 * to what breaks it, so that a test can show every rule failing on a broken copy (DeployRulesTest).
 */
final class DeployRules {

    private static final Map<String, String> PROBES = Map.of("startupProbe", "/q/health/started",
            "livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready");

    private DeployRules() {
    }

    /** Every container probes started, live and ready on the management port, and has requests and limits. */
    static List<String> probesAndLimits(List<JsonNode> objects) {
        List<String> problems = new ArrayList<>();
        ofKind(objects, "Deployment").forEach(deployment -> {
            for (JsonNode container : deployment.at("/spec/template/spec/containers")) {
                String where = id(deployment) + " container " + container.path("name").asText();
                PROBES.forEach((probe, path) -> {
                    JsonNode get = container.path(probe).path("httpGet");
                    if (!path.equals(get.path("path").asText())
                            || !(get.path("port").asInt() == 9000 || "management".equals(get.path("port").asText()))) {
                        problems.add(where + ": no " + probe + " on " + path + " at the management port");
                    }
                });
                for (String resource : List.of("requests/cpu", "requests/memory", "limits/cpu", "limits/memory")) {
                    if (container.at("/resources/" + resource).asText().isEmpty()) {
                        problems.add(where + ": no resources." + resource.replace('/', '.'));
                    }
                }
            }
        });
        return problems;
    }

    /** Every Deployment's pods are covered by a PodDisruptionBudget. */
    static List<String> disruptionBudgets(List<JsonNode> objects) {
        return uncovered(objects, "PodDisruptionBudget", "/spec/selector", null);
    }

    /** Every Deployment's pods are selected by a NetworkPolicy that restricts their ingress. */
    static List<String> networkPolicies(List<JsonNode> objects) {
        return uncovered(objects, "NetworkPolicy", "/spec/podSelector", "Ingress");
    }

    private static List<String> uncovered(List<JsonNode> objects, String kind, String selector, String policyType) {
        List<String> problems = new ArrayList<>();
        ofKind(objects, "Deployment").forEach(deployment -> {
            Map<String, String> labels = podLabels(deployment);
            boolean covered = ofKind(objects, kind).anyMatch(o -> selects(o.at(selector), labels)
                    && (policyType == null || o.at("/spec/policyTypes").toString().contains(policyType)));
            if (!covered) {
                problems.add(id(deployment) + ": no " + kind + " selects its pods");
            }
        });
        return problems;
    }

    /** Pods run as the Restricted Pod Security Standard asks, with /tmp the only writable place. */
    static List<String> podSecurity(List<JsonNode> objects) {
        List<String> problems = new ArrayList<>();
        ofKind(objects, "Deployment").forEach(deployment -> {
            JsonNode pod = deployment.at("/spec/template/spec");
            if (!pod.at("/securityContext/runAsNonRoot").asBoolean()) {
                problems.add(id(deployment) + ": runAsNonRoot is not true");
            }
            if (!"RuntimeDefault".equals(pod.at("/securityContext/seccompProfile/type").asText())) {
                problems.add(id(deployment) + ": no RuntimeDefault seccomp profile");
            }
            for (JsonNode container : pod.path("containers")) {
                String where = id(deployment) + " container " + container.path("name").asText();
                JsonNode context = container.path("securityContext");
                if (!context.path("readOnlyRootFilesystem").asBoolean()) {
                    problems.add(where + ": root filesystem not read-only");
                }
                if (!context.has("allowPrivilegeEscalation") || context.path("allowPrivilegeEscalation").asBoolean()) {
                    problems.add(where + ": privilege escalation not ruled out");
                }
                if (!context.at("/capabilities/drop").toString().contains("\"ALL\"")) {
                    problems.add(where + ": capabilities not dropped");
                }
                boolean tmp = false;
                for (JsonNode mount : container.path("volumeMounts")) {
                    if ("/tmp".equals(mount.path("mountPath").asText())) {
                        for (JsonNode volume : pod.path("volumes")) {
                            tmp |= volume.path("name").asText().equals(mount.path("name").asText()) && volume.has("emptyDir");
                        }
                    }
                }
                if (!tmp) {
                    problems.add(where + ": no emptyDir at /tmp");
                }
            }
        });
        return problems;
    }

    /** A Deployment that an autoscaler scales names no replica count of its own (each apply would reset it). */
    static List<String> autoscaledWithoutReplicas(List<JsonNode> objects) {
        List<String> problems = new ArrayList<>();
        ofKind(objects, "Deployment").forEach(deployment -> {
            boolean scaled = ofKind(objects, "HorizontalPodAutoscaler")
                    .anyMatch(h -> name(deployment).equals(h.at("/spec/scaleTargetRef/name").asText()));
            if (!scaled) {
                problems.add(id(deployment) + ": no HorizontalPodAutoscaler scales it");
            } else if (deployment.at("/spec").has("replicas")) {
                problems.add(id(deployment) + ": sets spec.replicas although an autoscaler owns the count");
            }
        });
        return problems;
    }

    /** Every topic the code uses has a KafkaTopic. */
    static List<String> kafkaTopics(List<JsonNode> objects, Set<String> used) {
        Set<String> declared = new TreeSet<>();
        ofKind(objects, "KafkaTopic").forEach(topic -> declared.add(
                topic.at("/spec/topicName").isTextual() ? topic.at("/spec/topicName").asText() : name(topic)));
        List<String> problems = new ArrayList<>();
        for (String topic : used) {
            if (!declared.contains(topic)) {
                problems.add("topic " + topic + " has no KafkaTopic");
            }
        }
        return problems;
    }

    /** Every app's Deployment provides the environment variables the app reads without a default. */
    static List<String> environment(List<JsonNode> objects, Map<String, Set<String>> requiredByApp) {
        List<String> problems = new ArrayList<>();
        requiredByApp.forEach((app, required) -> {
            var deployment = ofKind(objects, "Deployment").filter(d -> app.equals(name(d))).findFirst();
            if (deployment.isEmpty()) {
                problems.add("no Deployment " + app);
                return;
            }
            Set<String> provided = new TreeSet<>();
            deployment.get().at("/spec/template/spec/containers/0/env").forEach(e -> provided.add(e.path("name").asText()));
            for (String variable : required) {
                if (!provided.contains(variable)) {
                    problems.add("Deployment/" + app + " does not set " + variable + ", which the app reads without a default");
                }
            }
        });
        return problems;
    }
}
