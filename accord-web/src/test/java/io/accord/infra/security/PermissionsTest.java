package io.accord.infra.security;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules PROCESS.md §5 puts on the table as a whole (the per-endpoint cells are in each service's matrix). */
class PermissionsTest {

    @Test
    void theAdministratorKeepsPoliciesDepartmentsApiClientsAndTheMailAndDoesNoBusinessWork() {
        // the mail list is operations' concern too: a mail server that refuses everything is the administrator's to fix
        assertEquals(Set.of(Permissions.REVIEW_POLICY_READ, Permissions.REVIEW_POLICY_WRITE, Permissions.DEPARTMENTS_READ,
                Permissions.DEPARTMENTS_WRITE, Permissions.DEPARTMENTS_HISTORY, Permissions.API_CLIENTS_READ,
                Permissions.API_CLIENTS_WRITE, Permissions.NOTIFICATIONS_READ), Permissions.of(Set.of(Roles.ADMIN)));
    }

    @Test
    void theAuditorReadsEverythingAndWritesNothing() {
        Set<String> reads = Permissions.all().stream().filter(p -> p.endsWith(":read") || p.endsWith(":history"))
                .filter(p -> !p.equals(Permissions.ORDERS_READ)).collect(Collectors.toSet());
        assertEquals(reads, Permissions.of(Set.of(Roles.AUDITOR)));
    }

    @Test
    void theMachineRoleReachesTheOrderApiOnlyAndNoPersonDoes() {
        assertEquals(Set.of(Permissions.ORDERS_READ, Permissions.ORDERS_WRITE), Permissions.of(Set.of(Roles.ERP_CLIENT)));
        Set<String> people = Roles.ALL.stream().filter(r -> !r.equals(Roles.ERP_CLIENT)).collect(Collectors.toSet());
        Set<String> peoplesPermissions = Permissions.of(people);
        assertTrue(!peoplesPermissions.contains(Permissions.ORDERS_READ) && !peoplesPermissions.contains(Permissions.ORDERS_WRITE));
    }

    @Test
    void rolesAddUpAndUnknownRolesGrantNothing() {
        assertEquals(Set.of(), Permissions.of(Set.of("KING", "admin")));
        Set<String> both = Permissions.of(Set.of(Roles.SALES, Roles.QUALITY));
        assertTrue(both.containsAll(Permissions.of(Set.of(Roles.SALES))) && both.containsAll(Permissions.of(Set.of(Roles.QUALITY))));
        assertTrue(both.contains(Permissions.ACTIONS_VERIFY) && both.contains(Permissions.REQUIREMENTS_WRITE));
    }

    @Test
    void everyPermissionReadsAsResourceColonAction() {
        for (String permission : Permissions.all()) {
            assertTrue(permission.matches("[a-z-]+:[a-z-]+"), permission);
        }
    }
}
