package io.accord.review;

/** FULL: the product requirement review form (产品要求评审表); SIMPLIFIED: the order confirmation form (订单确认表). */
public enum ReviewType {
    FULL, SIMPLIFIED
}
