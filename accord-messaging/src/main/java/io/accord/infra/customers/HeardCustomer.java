package io.accord.infra.customers;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** What the projection reads of {@code customer.registered} / {@code customer.updated} (and of a customer's view). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HeardCustomer(UUID customerId, String code, String name) {
}
