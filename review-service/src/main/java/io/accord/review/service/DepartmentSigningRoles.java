package io.accord.review.service;

import io.accord.review.DepartmentEntry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles that sign for a department (one deactivated too: its open reviews still take its opinion), as the
 * directory last said: read on every request of a caller whose
 * roles the fixed permission table does not know, so it is kept for {@link DepartmentsConfig#signingRolesTtl()} (a
 * change through this replica clears it once committed).
 */
@ApplicationScoped
public class DepartmentSigningRoles {

    private record Snapshot(Set<String> roles, Instant readAt) {
    }

    private final Clock clock;
    private final DepartmentsConfig config;
    private volatile Snapshot snapshot;

    public DepartmentSigningRoles(Clock clock, DepartmentsConfig config) {
        this.clock = clock;
        this.config = config;
    }

    /** Blocking (it may read the database): call it from a worker thread. */
    public Set<String> current() {
        Snapshot known = snapshot;
        Instant now = clock.instant();
        if (known != null && known.readAt().plus(config.signingRolesTtl()).isAfter(now)) {
            return known.roles();
        }
        Set<String> roles = QuarkusTransaction.requiringNew().call(() -> DepartmentEntry.<DepartmentEntry>listAll()
                .stream().map(d -> d.signingRole).collect(Collectors.toUnmodifiableSet()));
        snapshot = new Snapshot(roles, now);
        return roles;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) DepartmentsChanged change) {
        snapshot = null;
    }
}
