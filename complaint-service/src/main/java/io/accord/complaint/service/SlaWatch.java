package io.accord.complaint.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Periodically reports complaints past an SLA deadline; each missed deadline is reported once (an event). */
@ApplicationScoped
public class SlaWatch {

    private static final Logger LOG = Logger.getLogger(SlaWatch.class);

    private final ComplaintService complaints;

    public SlaWatch(ComplaintService complaints) {
        this.complaints = complaints;
    }

    /** Named, so that a test can hold the scheduled runs while it moves the clock and runs the watch itself. */
    public static final String IDENTITY = "complaint-sla-watch";

    @Scheduled(identity = IDENTITY, every = "${accord.complaint.sla-check-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        int reported = complaints.reportSlaBreaches();
        if (reported > 0) {
            LOG.infof("%d complaint SLA deadline(s) missed", reported);
        }
    }
}
