package io.accord.complaint.service;

import io.accord.complaint.config.ComplaintConfig;
import io.accord.infra.sla.SlaBreaches;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Periodically reports complaints past an SLA deadline and corrective actions past their due date; each missed
 * deadline is reported once (an event).
 */
@ApplicationScoped
public class SlaWatch {

    private static final Logger LOG = Logger.getLogger(SlaWatch.class);

    private final ComplaintService complaints;
    private final CorrectiveActionService actions;
    private final ComplaintConfig config;
    private final Scheduler scheduler;
    private final SlaBreaches breaches;

    public SlaWatch(ComplaintService complaints, CorrectiveActionService actions, ComplaintConfig config, Scheduler scheduler,
            SlaBreaches breaches) {
        this.complaints = complaints;
        this.actions = actions;
        this.config = config;
        this.scheduler = scheduler;
        this.breaches = breaches;
    }

    /** Named, so that a test can hold the scheduled runs while it moves the clock and runs the watch itself. */
    public static final String IDENTITY = "complaint-sla-watch";

    /** Runs every {@code accord.complaint.sla-check-every}, read (and checked to be a duration) by the SLA settings. */
    void schedule(@Observes StartupEvent event) {
        ComplaintService.DEADLINES.forEach(deadline -> breaches.watch(ComplaintService.breachLabel(deadline)));
        breaches.watch(CorrectiveActionService.OVERDUE_DEADLINE);
        scheduler.newJob(IDENTITY).setInterval(config.slaCheckEvery().toString())
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP).setTask(execution -> check()).schedule();
    }

    void check() {
        int reported = complaints.reportSlaBreaches();
        if (reported > 0) {
            LOG.infof("%d complaint SLA deadline(s) missed", reported);
        }
        int overdue = actions.reportOverdue();
        if (overdue > 0) {
            LOG.infof("%d corrective action(s) overdue", overdue);
        }
    }
}
