package io.accord.requirements;

import io.accord.infra.retention.PurgeableTable;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * An ERP's idempotency keys are kept for {@code accord.retention.window.idempotency-keys} (7 days): a retry within it
 * gets the first answer again. A retry after it cannot create a second order either: the order number is taken, so it
 * is refused with 409 and the ERP reads the order back by its number.
 */
@Singleton
public class IdempotencyRetention {

    @Produces
    @Singleton
    PurgeableTable idempotencyKeys() {
        return new PurgeableTable("idempotency-keys", "idempotency_key", "created_at");
    }
}
