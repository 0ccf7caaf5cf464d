package io.accord.complaint;

import java.util.Set;

/**
 * PROCESS.md: {@code RECEIVED → ACKNOWLEDGED → INVESTIGATING → RESOLVED → CLOSED} (customer confirmed), or
 * {@code RESOLVED → REOPENED → INVESTIGATING …} (customer not satisfied); {@code WITHDRAWN} by the customer.
 */
public enum ComplaintStatus {
    RECEIVED, ACKNOWLEDGED, INVESTIGATING, RESOLVED, CLOSED, REOPENED, WITHDRAWN;

    public static final Set<ComplaintStatus> ENDED = Set.of(CLOSED, WITHDRAWN);

    public boolean ended() {
        return ENDED.contains(this);
    }
}
