package io.accord.infra.sla;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * Counts missed deadlines ({@code accord_sla_breaches_total{deadline}}) as a service's SLA watch records them: a review
 * task past its due time, a complaint not acknowledged or not resolved in time. A breach counts once its transaction
 * commits (a watch that loses a race with another replica and rolls back counted nothing), so the sum over replicas is
 * the number of breaches recorded. A service names its deadlines at start, so each counter shows 0 before its first
 * breach and that first one is an increase Prometheus can see.
 */
@ApplicationScoped
public class SlaBreaches {

    static final String METER = "accord.sla.breaches";

    private final MeterRegistry registry;
    private final TransactionSynchronizationRegistry transactions;

    public SlaBreaches(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.registry = registry;
        this.transactions = transactions;
    }

    /** Shows the deadline's counter (at 0 until a breach). */
    public void watch(String deadline) {
        counter(deadline);
    }

    /** One breach of the deadline, counted when the transaction that records it commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void missed(String deadline) {
        Counter counter = counter(deadline);
        transactions.registerInterposedSynchronization(new CountOnCommit(counter));
    }

    private Counter counter(String deadline) {
        return Counter.builder(METER).tag("deadline", deadline)
                .description("SLA deadlines missed (review tasks overdue, complaints acknowledged or resolved late,"
                        + " corrective actions overdue)")
                .register(registry);
    }

    private record CountOnCommit(Counter counter) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                counter.increment();
            }
        }
    }
}
