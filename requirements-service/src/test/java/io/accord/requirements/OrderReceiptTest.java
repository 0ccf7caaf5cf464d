package io.accord.requirements;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OrderReceiptTest {

    /** An answer as the code before receipts had versions stored it (the API's order view of then). */
    static final String STORED_BEFORE_VERSIONS = "{\"requirementId\":\"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\","
            + "\"erpOrderNo\":\"ERP-4711/2030\",\"status\":\"SUBMITTED\",\"revision\":1,\"reviewId\":null}";

    @Test
    void anAnswerStoredBeforeVersionsReadsAsVersionOneAndIsWrittenTheSameWay() {
        OrderReceipt receipt = OrderReceipt.fromStoredJson(STORED_BEFORE_VERSIONS, null);
        assertEquals(new OrderReceipt(UUID.fromString("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"), "ERP-4711/2030",
                RequirementStatus.SUBMITTED, 1, null), receipt);
        assertEquals(receipt, OrderReceipt.fromStoredJson(STORED_BEFORE_VERSIONS, OrderReceipt.VERSION));
        assertEquals(STORED_BEFORE_VERSIONS, receipt.toStoredJson());
    }

    @Test
    void aFormThisVersionDoesNotKnowIsNotGuessed() {
        assertThrows(IllegalStateException.class, () -> OrderReceipt.fromStoredJson(STORED_BEFORE_VERSIONS, 2));
    }
}
