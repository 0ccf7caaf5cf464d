package io.accord.requirements.rest;

import io.accord.requirements.OrderReceipt;
import io.accord.requirements.Requirement;
import io.accord.requirements.RequirementStatus;

import java.util.UUID;

/** What an ERP reads back about its order. */
public record OrderView(UUID requirementId, String erpOrderNo, RequirementStatus status, int revision, UUID reviewId) {

    public static OrderView of(OrderReceipt r) {
        return new OrderView(r.requirementId(), r.erpOrderNo(), r.status(), r.revision(), r.reviewId());
    }

    public static OrderView of(Requirement r) {
        return of(OrderReceipt.of(r));
    }
}
