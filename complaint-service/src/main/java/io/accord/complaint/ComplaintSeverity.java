package io.accord.complaint;

/** How bad it is; the resolution SLA follows from it (3 / 7 / 15 days by default). */
public enum ComplaintSeverity {
    CRITICAL, MAJOR, MINOR;

    /** Escalated feedback: the lowest rating (1 of 5) is a major complaint; anything else is minor until someone grades it. */
    public static ComplaintSeverity ofEscalatedRating(Integer rating) {
        return rating != null && rating <= 1 ? MAJOR : MINOR;
    }
}
