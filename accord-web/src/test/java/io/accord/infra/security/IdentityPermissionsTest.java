package io.accord.infra.security;

import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a verified identity may do is what the table grants its roles, however often the same roles come by. */
class IdentityPermissionsTest {

    static final String MACHINES = "https://accord.local/gateway";

    final IdentityPermissions permissions = new IdentityPermissions(MACHINES);

    @Test
    void everyRoleMayDoWhatTheTableGrantsIt() {
        for (String role : Roles.ALL) {
            Set<String> expected = role.equals(Roles.ERP_CLIENT) ? Set.of() : Permissions.of(Set.of(role));
            assertEquals(expected, allowed(augment("https://idp.example/accord", Set.of(role), null)), role);
        }
    }

    @Test
    void aPersonKeepsOtherRolesButNotTheMachineOneAndTheSameRolesGrantTheSameTwice() {
        Set<String> groups = Set.of(Roles.SALES, Roles.QUALITY, Roles.ERP_CLIENT, "offline_access");
        for (int time = 0; time < 2; time++) {
            SecurityIdentity person = augment("https://idp.example/accord", groups, null);
            assertEquals(Set.of(Roles.SALES, Roles.QUALITY, "offline_access"), person.getRoles());
            assertEquals(Permissions.of(Set.of(Roles.SALES, Roles.QUALITY)), allowed(person));
        }
    }

    @Test
    void aMachineIsAnErpClientWithTheScopesItsTokenCarriesAndNothingElse() {
        SecurityIdentity reader = augment(MACHINES, Set.of(Roles.ERP_CLIENT, Roles.ADMIN), "orders:read");
        assertEquals(Set.of(Roles.ERP_CLIENT), reader.getRoles());
        assertEquals(Set.of(Permissions.ORDERS_READ), allowed(reader));

        assertEquals(Set.of(Permissions.ORDERS_READ, Permissions.ORDERS_WRITE),
                allowed(augment(MACHINES, Set.of(Roles.ERP_CLIENT), "orders:write orders:read")));
        assertEquals(Set.of(), allowed(augment(MACHINES, Set.of(Roles.SALES), "orders:read customers:read")));
    }

    private SecurityIdentity augment(String issuer, Set<String> groups, String scope) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject("caller");
        claims.setStringListClaim("groups", List.copyOf(groups));
        if (scope != null) {
            claims.setClaim("scope", scope);
        }
        SecurityIdentity verified = QuarkusSecurityIdentity.builder()
                .setPrincipal(new DefaultJWTCallerPrincipal("raw", "JWT", claims)).addRoles(new HashSet<>(groups)).build();
        return permissions.augment(verified, null).await().indefinitely();
    }

    /** Every permission of the table the identity passes, checked as {@code @PermissionsAllowed} checks it. */
    private static Set<String> allowed(SecurityIdentity identity) {
        return Permissions.all().stream().filter(permission -> {
            String[] resourceAndAction = permission.split(":");
            return identity.checkPermissionBlocking(new StringPermission(resourceAndAction[0], resourceAndAction[1]));
        }).collect(Collectors.toSet());
    }
}
