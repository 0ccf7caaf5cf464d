package io.accord.infra.customers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
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
            insert into known_customer (id, code, name, email, contact_name, language, surveys_opt_out, changed_at)
            values (:id, :code, :name, :email, :contactName, :language, :optOut, :changedAt)
            on conflict (id) do update set code = excluded.code, name = excluded.name, email = excluded.email,
                contact_name = excluded.contact_name, language = excluded.language,
                surveys_opt_out = excluded.surveys_opt_out, changed_at = excluded.changed_at
            where known_customer.changed_at <= excluded.changed_at""";

    private final EntityManager em;

    public KnownCustomers(EntityManager em) {
        this.em = em;
    }

    /** What requirements-service said of the customer (no mail address), as of {@code changedAt}. */
    @Transactional
    public void heard(UUID id, String code, String name, OffsetDateTime changedAt) {
        heard(new HeardCustomer(id, code, name), changedAt);
    }

    /** What requirements-service said of the customer, as of {@code changedAt}. */
    @Transactional
    public void heard(HeardCustomer customer, OffsetDateTime changedAt) {
        em.createNativeQuery(UPSERT).setParameter("id", customer.customerId()).setParameter("code", customer.code())
                .setParameter("name", customer.name()).setParameter("email", customer.email())
                .setParameter("contactName", customer.contactName()).setParameter("language", customer.language())
                .setParameter("optOut", customer.optedOutOfSurveys()).setParameter("changedAt", changedAt).executeUpdate();
    }

    /** The customer as last heard of, with how to write to it; empty when this service has not heard of it. */
    public Optional<HeardCustomer> find(UUID id) {
        List<?> rows = em.createNativeQuery("""
                select id, code, name, email, contact_name, language, surveys_opt_out from known_customer where id = :id""")
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new HeardCustomer((UUID) row[0], (String) row[1], (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (Boolean) row[6]));
    }

    public boolean knows(UUID id) {
        return !em.createNativeQuery("select 1 from known_customer where id = :id").setParameter("id", id).setMaxResults(1)
                .getResultList().isEmpty();
    }
}
