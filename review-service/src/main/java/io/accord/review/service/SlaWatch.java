package io.accord.review.service;

import io.accord.infra.sla.SlaBreaches;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Periodically marks department tasks past their SLA; each overdue task is reported once. */
@ApplicationScoped
public class SlaWatch {

    private static final Logger LOG = Logger.getLogger(SlaWatch.class);

    /** Named, so that a test can hold the scheduled runs while it moves the clock and runs the watch itself. */
    public static final String IDENTITY = "review-sla-watch";

    private final ReviewService reviews;
    private final SlaBreaches breaches;

    public SlaWatch(ReviewService reviews, SlaBreaches breaches) {
        this.reviews = reviews;
        this.breaches = breaches;
    }

    void showBreachCounter(@Observes StartupEvent event) {
        breaches.watch(ReviewService.TASK_DEADLINE);
    }

    @Scheduled(identity = IDENTITY, every = "${accord.review.sla-check-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        int marked = reviews.markOverdue();
        if (marked > 0) {
            LOG.infof("%d review task(s) became overdue", marked);
        }
    }
}
