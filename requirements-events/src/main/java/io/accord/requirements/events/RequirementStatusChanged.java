package io.accord.requirements.events;

import io.accord.requirements.RequirementStatus;

import java.util.UUID;

/** The record moved because of its review (opened, decided); front ends follow it on the live stream. */
/** {@code erpClient}/{@code erpOrderNo} are set for ERP orders, so the gateway streams them to that client only. */
public record RequirementStatusChanged(UUID requirementId, int revision, UUID customerId, RequirementStatus from,
        RequirementStatus to, UUID reviewId, String erpClient, String erpOrderNo) {
}
