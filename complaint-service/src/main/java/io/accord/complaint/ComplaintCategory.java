package io.accord.complaint;

import java.util.Arrays;

/** What the complaint is about: the feedback categories, so escalated feedback keeps its category. */
public enum ComplaintCategory {
    QUALITY, DELIVERY, SERVICE, PRICE, OTHER;

    /** The category of escalated feedback by its name; one this service does not know (yet) is OTHER. */
    public static ComplaintCategory ofFeedbackCategory(String name) {
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst().orElse(OTHER);
    }
}
