package io.accord.infra.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Whether any row matches, as one cached query plan. Panache's {@code count(...)} builds its count query anew on every
 * call (Hibernate's {@code getResultCount} copies and translates the statement each time): the profile of issue 11
 * found that translation to be 40% of a capture's CPU, for a question whose answer is one row or none.
 */
public final class Exists {

    private Exists() {
    }

    /**
     * True when a row of {@code entity} satisfies {@code where} (HQL with {@code ?1, ?2…}). The entity is named by its
     * class's simple name, JPA's default entity name, which every Accord entity keeps.
     */
    public static boolean any(Class<? extends PanacheEntityBase> entity, String where, Object... parameters) {
        var query = Panache.getEntityManager(entity)
                .createQuery("select 1 from " + entity.getSimpleName() + " where " + where, Integer.class)
                .setMaxResults(1);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return !query.getResultList().isEmpty();
    }
}
