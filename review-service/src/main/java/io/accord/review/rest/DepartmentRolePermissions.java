package io.accord.review.rest;

import io.accord.infra.security.Permissions;
import io.accord.infra.security.Roles;
import io.accord.review.service.DepartmentSigningRoles;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A department of the directory may be signed for by a role the fixed permission table does not know (a project
 * department's own role): its holders get what a reviewing department gets here ({@link Permissions#DEPARTMENT_REVIEWER}).
 * Runs after the table's augmentor (lower priority), which has already dropped a machine token's other roles.
 */
@ApplicationScoped
public class DepartmentRolePermissions implements SecurityIdentityAugmentor {

    private final DepartmentSigningRoles signingRoles;

    public DepartmentRolePermissions(DepartmentSigningRoles signingRoles) {
        this.signingRoles = signingRoles;
    }

    @Override
    public int priority() {
        return -100;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        // the table's roles get their permissions there; only a caller with some other role needs the directory
        if (identity.isAnonymous() || Roles.ALL.containsAll(identity.getRoles())) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> identity.getRoles().stream().anyMatch(signingRoles.current()::contains)
                ? QuarkusSecurityIdentity.builder(identity).addPermissionsAsString(Permissions.DEPARTMENT_REVIEWER).build()
                : identity);
    }
}
