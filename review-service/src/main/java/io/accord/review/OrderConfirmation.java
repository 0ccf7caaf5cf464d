package io.accord.review;

import io.accord.infra.signatures.Signature;

import java.time.OffsetDateTime;

/**
 * The simplified review (订单确认表): the order confirmed with the customer, signed CONFIRMED by the sales manager
 * ({@code signature} is null for confirmations recorded before issue 13).
 */
public record OrderConfirmation(String method, String reference, String by, OffsetDateTime at, Signature signature) {

    public OrderConfirmation(String method, String reference, String by, OffsetDateTime at) {
        this(method, reference, by, at, null);
    }

    public OrderConfirmation(String method, String reference, Signature signature) {
        this(method, reference, signature.signedBy(), signature.signedAt(), signature);
    }
}
