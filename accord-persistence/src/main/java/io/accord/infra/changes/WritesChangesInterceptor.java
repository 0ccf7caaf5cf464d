package io.accord.infra.changes;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Writes the recorded changes when a use case returns. Its priority puts it inside {@code @Transactional}
 * (Narayana's interceptors run at {@code PLATFORM_BEFORE + 200}), so the audit entries and outbox rows join the
 * use case's transaction: they commit with the state change or not at all. A use case that throws writes nothing.
 */
@WritesChanges
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class WritesChangesInterceptor {

    private final ChangeWriter writer;
    private final TransactionSynchronizationRegistry transactions;

    public WritesChangesInterceptor(ChangeWriter writer, TransactionSynchronizationRegistry transactions) {
        this.writer = writer;
        this.transactions = transactions;
    }

    @AroundInvoke
    Object writeOnReturn(InvocationContext invocation) throws Exception {
        Object result = invocation.proceed();
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            writer.writePending();
        }
        return result;
    }
}
