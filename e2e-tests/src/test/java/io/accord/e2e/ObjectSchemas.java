package io.accord.e2e;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static io.accord.e2e.Manifests.id;

/**
 * Every object of a rendered overlay read against a schema, strictly (a field the schema does not know, or a value of
 * the wrong type, is a problem): built-in kinds and the Prometheus Operator's against fabric8's Kubernetes model,
 * Strimzi's against Strimzi's own model (io.strimzi:api), CloudNativePG's against the fields deploy/infra uses
 * (cloudnative-pg-shapes.yaml: no registry ships a model of them), plus the references between those. An object of a
 * kind none of them knows is a problem too.
 */
final class ObjectSchemas {

    /** Jackson as the models declare them, without the catch-all every model class has for fields it does not know. */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .addModule(new SimpleModule().setDeserializerModifier(new BeanDeserializerModifier() {
                @Override
                public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription bean,
                                                             BeanDeserializerBuilder builder) {
                    builder.setAnySetter(null);
                    return builder;
                }
            }))
            .build();
    /** fabric8's registry of kinds: every model on the class path (core, apps, policy, ..., monitoring.coreos.com). */
    private static final KubernetesSerialization KINDS = new KubernetesSerialization();
    private static final Map<String, Class<?>> STRIMZI = Map.of("Kafka", Kafka.class, "KafkaNodePool", KafkaNodePool.class,
            "KafkaTopic", KafkaTopic.class, "KafkaUser", KafkaUser.class);
    private static final JsonNode CNPG_SHAPES = shapes();

    private ObjectSchemas() {
    }

    /** What is wrong with these objects, each problem naming the object and the field. */
    static List<String> check(List<JsonNode> objects) {
        List<String> problems = new ArrayList<>();
        for (JsonNode object : objects) {
            problems.addAll(check(object));
        }
        problems.addAll(cloudNativePgReferences(objects));
        return problems;
    }

    static List<String> check(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        if (group.equals("postgresql.cnpg.io") || group.equals("barmancloud.cnpg.io")) {
            return cloudNativePg(object, apiVersion + " " + kind);
        }
        Class<?> model = group.equals("kafka.strimzi.io") ? STRIMZI.get(kind) : KINDS.getRegisteredKubernetesResource(apiVersion, kind);
        if (model == null || model == GenericKubernetesResource.class) {
            return List.of(id(object) + ": no schema for " + apiVersion + " " + kind);
        }
        return strictly(object, model, id(object));
    }

    private static List<String> strictly(JsonNode node, Class<?> model, String what) {
        try {
            STRICT.treeToValue(node, model);
            return List.of();
        } catch (JsonMappingException e) {
            String path = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return List.of(what + ": " + path + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cloudNativePg(JsonNode object, String type) {
        List<String> problems = new ArrayList<>();
        JsonNode shape = CNPG_SHAPES.path(type);
        if (shape.isMissingNode()) {
            return List.of(id(object) + ": no schema for " + type);
        }
        for (Iterator<String> fields = object.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (!Set.of("apiVersion", "kind", "metadata", "spec").contains(field)) {
                problems.add(id(object) + ": unknown field " + field);
            }
        }
        problems.addAll(strictly(object.path("metadata"), ObjectMeta.class, id(object) + " metadata"));
        shape(shape, object.path("spec"), id(object) + ": spec", problems);
        return problems;
    }

    /** Whether a value has the shape cloudnative-pg-shapes.yaml gives it. */
    private static void shape(JsonNode shape, JsonNode value, String path, List<String> problems) {
        if (shape.isTextual()) {
            String type = shape.asText();
            boolean ok = switch (type) {
                case "string" -> value.isTextual();
                case "int" -> value.isInt();
                case "bool" -> value.isBoolean();
                case "quantity" -> value.isInt() || value.isTextual() && value.asText().matches("[0-9.]+([mkMGTPE]i?|[mkMGTPE])?");
                case "cron6" -> value.isTextual() && value.asText().trim().split("\\s+").length == 6;
                default -> value.isTextual() && Set.of(type.split("\\|")).contains(value.asText());
            };
            if (!ok) {
                problems.add(path + ": " + value + " is not " + type);
            }
        } else if (shape.isArray()) {
            if (!value.isArray()) {
                problems.add(path + ": not a list");
                return;
            }
            for (int i = 0; i < value.size(); i++) {
                shape(shape.get(0), value.get(i), path + "[" + i + "]", problems);
            }
        } else {
            if (!value.isObject()) {
                problems.add(path + ": not an object");
                return;
            }
            for (Iterator<String> fields = shape.fieldNames(); fields.hasNext(); ) {
                String field = fields.next();
                if (field.endsWith("!") && !value.has(field.substring(0, field.length() - 1))) {
                    problems.add(path + "." + field.substring(0, field.length() - 1) + ": required");
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode inner = shape.has(field.getKey()) ? shape.get(field.getKey())
                        : shape.has(field.getKey() + "!") ? shape.get(field.getKey() + "!") : shape.get("*");
                if (inner == null) {
                    problems.add(path + "." + field.getKey() + ": unknown field");
                } else {
                    shape(inner, field.getValue(), path + "." + field.getKey(), problems);
                }
            }
        }
    }

    /** Databases and backups name an existing Cluster; a Cluster's backup plugin an existing ObjectStore. */
    private static List<String> cloudNativePgReferences(List<JsonNode> objects) {
        Set<String> clusters = names(objects, "postgresql.cnpg.io/v1", "Cluster");
        Set<String> stores = names(objects, "barmancloud.cnpg.io/v1", "ObjectStore");
        List<String> problems = new ArrayList<>();
        for (JsonNode object : objects) {
            String apiVersion = object.path("apiVersion").asText();
            if (apiVersion.equals("postgresql.cnpg.io/v1") && object.at("/spec/cluster/name").isTextual()
                    && !clusters.contains(object.at("/spec/cluster/name").asText())) {
                problems.add(id(object) + ": no Cluster " + object.at("/spec/cluster/name").asText());
            }
            for (JsonNode plugin : object.at("/spec/plugins")) {
                String store = plugin.at("/parameters/barmanObjectName").asText();
                if (!store.isEmpty() && !stores.contains(store)) {
                    problems.add(id(object) + ": no ObjectStore " + store);
                }
            }
        }
        return problems;
    }

    private static Set<String> names(List<JsonNode> objects, String apiVersion, String kind) {
        return objects.stream().filter(o -> apiVersion.equals(o.path("apiVersion").asText()) && kind.equals(o.path("kind").asText()))
                .map(Manifests::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static JsonNode shapes() {
        try (InputStream in = ObjectSchemas.class.getResourceAsStream("/cloudnative-pg-shapes.yaml")) {
            return Manifests.YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
