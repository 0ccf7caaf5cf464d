package io.accord.infra.security;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who is acting: the caller's principal in a request, or the actor of the event being applied (so audit
 * entries and follow-up events name the person who caused them), or this service itself.
 */
@ApplicationScoped
public class CurrentActor {

    private static final ThreadLocal<String> ON_BEHALF_OF = new ThreadLocal<>();

    private final String serviceName;

    public CurrentActor(@ConfigProperty(name = "quarkus.application.name") String serviceName) {
        this.serviceName = serviceName;
    }

    public String name() {
        String delegated = ON_BEHALF_OF.get();
        if (delegated != null) {
            return delegated;
        }
        ManagedContext request = Arc.container().requestContext();
        if (request.isActive()) {
            SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
            if (identity != null && !identity.isAnonymous()) {
                return identity.getPrincipal().getName();
            }
        }
        return "system:" + serviceName;
    }

    public void runAs(String actor, Runnable work) {
        String previous = ON_BEHALF_OF.get();
        ON_BEHALF_OF.set(actor == null ? "system:" + serviceName : actor);
        try {
            work.run();
        } finally {
            if (previous == null) {
                ON_BEHALF_OF.remove();
            } else {
                ON_BEHALF_OF.set(previous);
            }
        }
    }
}
