package io.accord.requirements.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Field-level differences between two JSON documents, by path ({@code items[0].quantity}). */
public final class ContentDiff {

    public record FieldChange(String path, JsonNode before, JsonNode after) {
    }

    private ContentDiff() {
    }

    public static List<FieldChange> between(JsonNode before, JsonNode after) {
        Map<String, JsonNode> a = flatten(before);
        Map<String, JsonNode> b = flatten(after);
        Set<String> paths = new LinkedHashSet<>(a.keySet());
        paths.addAll(b.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String path : paths) {
            JsonNode x = a.getOrDefault(path, NullNode.getInstance());
            JsonNode y = b.getOrDefault(path, NullNode.getInstance());
            if (!sameValue(x, y)) {
                changes.add(new FieldChange(path, x, y));
            }
        }
        return changes;
    }

    public static List<String> changedPaths(JsonNode before, JsonNode after) {
        return between(before, after).stream().map(FieldChange::path).toList();
    }

    private static boolean sameValue(JsonNode x, JsonNode y) {
        if (x.isNumber() && y.isNumber()) {
            return x.decimalValue().compareTo(y.decimalValue()) == 0;
        }
        return Objects.equals(x, y);
    }

    private static Map<String, JsonNode> flatten(JsonNode root) {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        walk("", root, leaves);
        return leaves;
    }

    private static void walk(String path, JsonNode node, Map<String, JsonNode> leaves) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                walk(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.put(path, node);
        }
    }
}
