package io.accord.complaint;

/** What the complaint is about: the feedback categories, so escalated feedback keeps its category. */
public enum ComplaintCategory { QUALITY, DELIVERY, SERVICE, PRICE, OTHER }
