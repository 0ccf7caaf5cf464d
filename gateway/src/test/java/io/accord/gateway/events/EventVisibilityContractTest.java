package io.accord.gateway.events;

import io.accord.infra.events.EventTypes;
import io.accord.requirements.events.RequirementCaptured;
import io.accord.requirements.events.RequirementDelivered;
import io.accord.requirements.events.RequirementDeliveryAccepted;
import io.accord.requirements.events.RequirementDeliveryRecorded;
import io.accord.requirements.events.RequirementDeliveryRejected;
import io.accord.requirements.events.RequirementEventTypes;
import io.accord.requirements.events.RequirementStatusChanged;
import io.accord.testsupport.EventContracts;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one payload field the live stream reads, {@code erpClient}, in the requirement events an ERP client follows its
 * orders by, as the requirements-service writes them (its requirements-events records): each client sees its own.
 */
class EventVisibilityContractTest {

    private static final UUID REQUIREMENT = UUID.fromString("4f3a9c1e-1d8b-4a55-8f7e-2c1d0b9a8e77");
    private static final UUID CUSTOMER = UUID.fromString("0b8e5a3c-7c2e-4bd0-9f0e-6f1b1f0f6a11");

    private static final Map<String, Object> ERP_ORDER_EVENTS = Map.of(
            RequirementEventTypes.REQUIREMENT_CAPTURED,
            new RequirementCaptured(REQUIREMENT, 1, CUSTOMER, "ERP_ORDER", "pumps", "CAPTURED", "erp-a", "PO-1"),
            RequirementEventTypes.REQUIREMENT_STATUS_CHANGED,
            new RequirementStatusChanged(REQUIREMENT, 1, CUSTOMER, "SUBMITTED", "UNDER_REVIEW", UUID.randomUUID(), "erp-a", "PO-1"),
            RequirementEventTypes.REQUIREMENT_CONFIRMED,
            new RequirementStatusChanged(REQUIREMENT, 1, CUSTOMER, "AWAITING_CONFIRMATION", "CONFIRMED", null, "erp-a", "PO-1"),
            RequirementEventTypes.REQUIREMENT_CANCELLED,
            new RequirementStatusChanged(REQUIREMENT, 1, CUSTOMER, "CAPTURED", "CANCELLED", null, "erp-a", "PO-1"),
            RequirementEventTypes.REQUIREMENT_DELIVERED,
            new RequirementDelivered(REQUIREMENT, 1, CUSTOMER, "erp-a", "PO-1", "DN-7", OffsetDateTime.parse("2026-03-01T08:15:30Z")),
            RequirementEventTypes.DELIVERY_RECORDED,
            new RequirementDeliveryRecorded(REQUIREMENT, 1, CUSTOMER, "erp-a", "PO-1", 1, "DN-7",
                    List.of(new RequirementDeliveryRecorded.Line("PH-200", BigDecimal.TEN)), false, OffsetDateTime.parse("2026-03-01T08:15:30Z")),
            RequirementEventTypes.DELIVERY_ACCEPTED,
            new RequirementDeliveryAccepted(REQUIREMENT, 1, CUSTOMER, "erp-a", "PO-1", 1, "DN-7", OffsetDateTime.parse("2026-03-02T08:15:30Z")),
            RequirementEventTypes.DELIVERY_REJECTED,
            new RequirementDeliveryRejected(REQUIREMENT, 1, CUSTOMER, "erp-a", "PO-1", "PO-1", "pumps", 1, "DN-7", List.of(),
                    "QUALITY", "leaks", OffsetDateTime.parse("2026-03-02T08:15:30Z")));

    @Test
    void anErpClientSeesTheEventsOfItsOwnOrdersAsTheProducerWritesThem() {
        ERP_ORDER_EVENTS.forEach((type, payload) -> {
            LiveEvent event = received(type, payload);
            assertTrue(EventVisibility.visible(Set.of("ERP_CLIENT"), "erp-a", event), type + " to its client");
            assertFalse(EventVisibility.visible(Set.of("ERP_CLIENT"), "erp-b", event), type + " to another client");
        });
    }

    /** As {@link LiveEventHub} keeps it: the envelope as received, the payload as the services' mapper wrote it. */
    private static LiveEvent received(String shortType, Object payload) {
        String type = EventTypes.qualified(shortType);
        JsonObject data = new JsonObject(EventContracts.SERVICE_MAPPER.valueToTree(payload).toString());
        return new LiveEvent("e-1", type, new JsonObject().put("id", "e-1").put("type", type).put("data", data), 0);
    }
}
