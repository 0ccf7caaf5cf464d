package io.accord.requirements.events;

import java.util.UUID;

/**
 * The record moved because of its review (opened, decided); front ends follow it on the live stream. {@code from}
 * and {@code to} are names of the service's {@code RequirementStatus}. {@code erpClient}/{@code erpOrderNo} are set
 * for ERP orders, so the gateway streams them to that client only.
 */
public record RequirementStatusChanged(UUID requirementId, int revision, UUID customerId, String from,
        String to, UUID reviewId, String erpClient, String erpOrderNo) {
}
