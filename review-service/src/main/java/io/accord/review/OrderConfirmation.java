package io.accord.review;

import java.time.OffsetDateTime;

/** The simplified review (订单确认表): the order confirmed with the customer, signed by the sales manager. */
public record OrderConfirmation(String method, String reference, String by, OffsetDateTime at) {
}
