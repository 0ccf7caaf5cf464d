package io.accord.infra.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A generator learns of the label beside each enum a response carries, and that it is an answer only. */
class EnumLabelPropertiesTest {

    @Test
    void eachEnumPropertyIsFollowedByItsReadOnlyLabel() {
        Schema status = OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of("OPEN", "CLOSED"));
        Schema view = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("status", OASFactory.createSchema().ref("#/components/schemas/Status"))
                .addProperty("name", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("services", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/Status")))
                .addProperty("kind", OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of("A")));
        OpenAPI document = OASFactory.createOpenAPI().components(OASFactory.createComponents()
                .addSchema("Status", status).addSchema("View", view));

        new EnumLabelProperties().filterOpenAPI(document);

        assertEquals(List.of("status", "statusLabel", "name", "services", "servicesLabels", "kind", "kindLabel"),
                List.copyOf(view.getProperties().keySet()));
        assertTrue(view.getProperties().get("statusLabel").getReadOnly());
        assertEquals(List.of(Schema.SchemaType.ARRAY), view.getProperties().get("servicesLabels").getType());
        assertEquals(null, status.getProperties(), "the enum itself is left alone");
    }
}
