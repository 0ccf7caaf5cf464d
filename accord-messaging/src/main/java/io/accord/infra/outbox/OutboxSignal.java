package io.accord.infra.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Wakes the relay as soon as a transaction with events commits, so latency is not the polling interval. */
@ApplicationScoped
public class OutboxSignal {

    private final Semaphore permits = new Semaphore(0);

    public void committed() {
        permits.release();
    }

    /** What a writer registers with its transaction: wakes the relay once the transaction has committed. */
    public Synchronization onCommit() {
        return new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    committed();
                }
            }
        };
    }

    /** Waits for a commit or the timeout; collapses many commits into one wake-up. */
    public void await(Duration timeout) throws InterruptedException {
        if (permits.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            permits.drainPermits();
        }
    }
}
