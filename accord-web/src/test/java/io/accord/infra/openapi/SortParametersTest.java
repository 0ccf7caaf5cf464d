package io.accord.infra.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A list's OpenAPI {@code sort} parameter names its fields as an enum a generator can type, and its default. */
class SortParametersTest {

    private static Parameter sort() {
        return OASFactory.createParameter().name("sort").in(Parameter.In.QUERY);
    }

    @Test
    void theDeclaredFieldsBecomeAnEnumOfBothDirectionsAndTheDescriptionNamesTheDefault() {
        Parameter declared = sort().addExtension(SortParameters.FIELDS, "receivedAt, severity")
                .addExtension(SortParameters.DEFAULT, "receivedAt,desc");
        Operation list = OASFactory.createOperation().parameters(List.of(sort(), declared,
                OASFactory.createParameter().name("status").in(Parameter.In.QUERY)));

        new SortParameters().filterOperation(list);

        assertEquals(List.of("sort", "status"), list.getParameters().stream().map(Parameter::getName).toList(), "one sort");
        Parameter documented = list.getParameters().get(0);
        assertEquals(List.of("receivedAt,asc", "receivedAt,desc", "severity,asc", "severity,desc"),
                documented.getSchema().getItems().getEnumeration());
        assertEquals(2, documented.getSchema().getMaxItems());
        assertTrue(documented.getDescription().contains("Fields: `receivedAt`, `severity`"), documented.getDescription());
        assertTrue(documented.getDescription().contains("Without `sort`: `receivedAt,desc`"), documented.getDescription());
        assertTrue(documented.getExtensions() == null || documented.getExtensions().isEmpty(),
                "the extensions were only the annotation's way to say it");
        assertTrue(documented.getExplode());
    }

    @Test
    void aListWithoutDeclaredFieldsGetsTheGeneralDescription() {
        Operation list = OASFactory.createOperation().parameters(List.of(sort()));

        new SortParameters().filterOperation(list);

        assertTrue(list.getParameters().get(0).getDescription().startsWith("`field,asc` or `field,desc`"));
    }
}
