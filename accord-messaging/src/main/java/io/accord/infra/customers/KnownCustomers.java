package io.accord.infra.customers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The customers this service has heard of (table {@code known_customer}): a small projection of requirements-service's
 * customers, filled from its {@code customer.registered} / {@code customer.updated} events ({@link CustomerEvents}) and
 * from its answers when a customer is not known yet ({@link CustomerReferences}). Each row keeps the newest change it
 * has seen: a late event never brings back an older name.
 */
@ApplicationScoped
public class KnownCustomers {

    private static final String UPSERT = """
            insert into known_customer (id, code, name, changed_at) values (:id, :code, :name, :changedAt)
            on conflict (id) do update set code = excluded.code, name = excluded.name, changed_at = excluded.changed_at
            where known_customer.changed_at <= excluded.changed_at""";

    private final EntityManager em;

    public KnownCustomers(EntityManager em) {
        this.em = em;
    }

    /** What requirements-service said of the customer, as of {@code changedAt}. */
    @Transactional
    public void heard(UUID id, String code, String name, OffsetDateTime changedAt) {
        em.createNativeQuery(UPSERT).setParameter("id", id).setParameter("code", code).setParameter("name", name)
                .setParameter("changedAt", changedAt).executeUpdate();
    }

    public boolean knows(UUID id) {
        return !em.createNativeQuery("select 1 from known_customer where id = :id").setParameter("id", id).setMaxResults(1)
                .getResultList().isEmpty();
    }
}
