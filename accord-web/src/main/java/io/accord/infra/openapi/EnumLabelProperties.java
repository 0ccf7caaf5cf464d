package io.accord.infra.openapi;

import io.accord.infra.i18n.EnumLabels;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Documents the labels {@code EnumLabels} writes beside each enum of a response: after a property whose schema is an
 * enum (inline or a component), {@code <name>Label}, a read-only string; after an array of enums, {@code <name>Labels}.
 * Read-only, since they are answers only: a request that sends one has it ignored.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class EnumLabelProperties implements OASFilter {

    private static final String REF_PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> enums = schemas.entrySet().stream().filter(e -> isEnum(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        for (Schema schema : schemas.values()) {
            if (schema.getProperties() == null || schema.getProperties().isEmpty()) {
                continue;
            }
            Map<String, Schema> properties = new LinkedHashMap<>();
            boolean added = false;
            for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                properties.put(property.getKey(), property.getValue());
                String name = property.getKey();
                Schema value = property.getValue();
                if (isEnum(value, enums) && !schema.getProperties().containsKey(name + EnumLabels.SUFFIX)) {
                    properties.put(name + EnumLabels.SUFFIX, label(name));
                    added = true;
                } else if (value.getItems() != null && isEnum(value.getItems(), enums)
                        && !schema.getProperties().containsKey(name + EnumLabels.LIST_SUFFIX)) {
                    properties.put(name + EnumLabels.LIST_SUFFIX, OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                            .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING)).readOnly(true)
                            .description("The labels of `" + name + "`, in order, in the reader's language (`Accept-Language`)"));
                    added = true;
                }
            }
            if (added) {
                schema.setProperties(properties);
            }
        }
    }

    private static Schema label(String name) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).readOnly(true)
                .description("The label of `" + name + "` in the reader's language (`Accept-Language`); the code stays in `" + name + "`");
    }

    private static boolean isEnum(Schema schema) {
        return schema.getEnumeration() != null && !schema.getEnumeration().isEmpty();
    }

    /** Inline, a reference to an enum component, or either wrapped in allOf/anyOf/oneOf (a nullable reference). */
    private static boolean isEnum(Schema schema, Set<String> enums) {
        if (isEnum(schema)) {
            return true;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(REF_PREFIX)) {
            return enums.contains(schema.getRef().substring(REF_PREFIX.length()));
        }
        List<Schema> parts = new ArrayList<>();
        if (schema.getAllOf() != null) {
            parts.addAll(schema.getAllOf());
        }
        if (schema.getAnyOf() != null) {
            parts.addAll(schema.getAnyOf());
        }
        if (schema.getOneOf() != null) {
            parts.addAll(schema.getOneOf());
        }
        return parts.stream().anyMatch(part -> isEnum(part, enums));
    }
}
