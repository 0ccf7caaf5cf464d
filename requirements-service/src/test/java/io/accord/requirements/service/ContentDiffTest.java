package io.accord.requirements.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.accord.requirements.RequirementCategory;
import io.accord.requirements.RequirementContent;
import io.accord.requirements.ServiceKind;
import io.accord.requirements.service.ContentDiff.FieldChange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The field-level difference between two revisions, by path: what the revision diff shows and what
 * {@code requirement.amended} names as {@code changedPaths} (which decides who reviews the amendment).
 */
class ContentDiffTest {

    private static final JsonMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static RequirementContent pumps(String quantity, LocalDate due, List<ServiceKind> services) {
        return new RequirementContent("Pump housings 2027", "PO-1", List.of(new RequirementContent.Item("PH-200", "pump housing",
                "GB/T 1234", new BigDecimal(quantity), "pcs", new BigDecimal("12.50"), "CNY", false)),
                new RequirementContent.Delivery(due, "Wuxi", "DAP"), services,
                List.of(new RequirementContent.Line(RequirementCategory.STATUTORY, "meets GB 150", "GB 150")), null, null, false,
                "NET30");
    }

    @Test
    void theSameContentHasNoChanges() {
        RequirementContent content = pumps("100", LocalDate.parse("2027-03-01"), List.of(ServiceKind.TRANSPORT));

        assertEquals(List.of(), ContentDiff.changedPaths(JSON.valueToTree(content), JSON.valueToTree(content)));
    }

    @Test
    void anAmendedRevisionNamesEachChangedLeafByItsPath() {
        RequirementContent before = pumps("100", LocalDate.parse("2027-03-01"), List.of(ServiceKind.TRANSPORT));
        RequirementContent after = pumps("120", LocalDate.parse("2027-04-01"), List.of(ServiceKind.TRANSPORT, ServiceKind.INSTALLATION));

        List<FieldChange> changes = ContentDiff.between(JSON.valueToTree(before), JSON.valueToTree(after));

        assertEquals(List.of("items[0].quantity", "delivery.dueDate", "services[1]"), changes.stream().map(FieldChange::path).toList());
        assertEquals(0, new BigDecimal("100").compareTo(changes.get(0).before().decimalValue()));
        assertEquals(0, new BigDecimal("120").compareTo(changes.get(0).after().decimalValue()));
        assertEquals(json("\"2027-03-01\""), changes.get(1).before());
        assertEquals(json("\"2027-04-01\""), changes.get(1).after());
        assertEquals(NullNode.getInstance(), changes.get(2).before());
        assertEquals(json("\"INSTALLATION\""), changes.get(2).after());
    }

    @Test
    void numbersAreComparedByValueNotByHowTheyAreWritten() {
        assertEquals(List.of(), ContentDiff.changedPaths(json("{\"q\": 100, \"p\": 12.5}"), json("{\"q\": 100.000, \"p\": 12.50}")));
        assertEquals(List.of("p"), ContentDiff.changedPaths(json("{\"p\": 12.5}"), json("{\"p\": 12.51}")));
    }

    @Test
    void aNumberAndTheSameDigitsAsTextAreDifferent() {
        assertEquals(List.of("q"), ContentDiff.changedPaths(json("{\"q\": 5}"), json("{\"q\": \"5\"}")));
    }

    @Test
    void aRemovedFieldOrItemIsAChangeToNull() {
        List<FieldChange> changes = ContentDiff.between(json("{\"items\": [{\"code\": \"A\"}, {\"code\": \"B\"}], \"note\": \"x\"}"),
                json("{\"items\": [{\"code\": \"A\"}]}"));

        assertEquals(List.of(new FieldChange("items[1].code", json("\"B\""), NullNode.getInstance()),
                new FieldChange("note", json("\"x\""), NullNode.getInstance())), changes);
    }

    @Test
    void aFieldSetToNullIsTheSameAsAFieldLeftOut() {
        assertEquals(List.of(), ContentDiff.changedPaths(json("{\"a\": null, \"b\": {\"c\": null}}"), json("{}")));
    }

    @Test
    void theFirstRevisionShowsEveryFieldAsNew() {
        List<FieldChange> changes = ContentDiff.between(NullNode.getInstance(), json("{\"title\": \"t\", \"items\": [{\"q\": 1}]}"));

        assertEquals(List.of(new FieldChange("title", NullNode.getInstance(), json("\"t\"")),
                new FieldChange("items[0].q", NullNode.getInstance(), json("1"))), changes);
    }

    @Test
    void aReorderedListChangesTheItemsAtEachPosition() {
        assertEquals(List.of("services[0]", "services[1]"),
                ContentDiff.changedPaths(json("{\"services\": [\"TRANSPORT\", \"TRAINING\"]}"),
                        json("{\"services\": [\"TRAINING\", \"TRANSPORT\"]}")));
    }
}
