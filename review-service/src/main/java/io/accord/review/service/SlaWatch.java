package io.accord.review.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Periodically marks department tasks past their SLA; each overdue task is reported once. */
@ApplicationScoped
public class SlaWatch {

    private static final Logger LOG = Logger.getLogger(SlaWatch.class);

    private final ReviewService reviews;

    public SlaWatch(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Scheduled(every = "${accord.review.sla-check-every:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        int marked = reviews.markOverdue();
        if (marked > 0) {
            LOG.infof("%d review task(s) became overdue", marked);
        }
    }
}
