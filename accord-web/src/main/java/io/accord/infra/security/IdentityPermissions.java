package io.accord.infra.security;

import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Permission;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a verified token into what the caller may do, so that {@code @PermissionsAllowed} decides everywhere:
 * <ul>
 * <li>a person's token (any issuer but the machine one) keeps its roles except {@code ERP_CLIENT} — that role is
 * the gateway's to vouch for — and gets their permissions from {@link Permissions};</li>
 * <li>a machine client's token (the gateway's issuer, {@code accord.jwt.machine.issuer}) counts for
 * {@code ERP_CLIENT} and nothing else, whatever its groups say, and grants only the scope the request's method
 * needs ({@code orders:read} to read, {@code orders:write} for anything else) if its {@code scope} claim holds
 * it: the services check the scope themselves instead of trusting that the gateway did.</li>
 * </ul>
 * The permission objects {@code @PermissionsAllowed} compares are built once per permission and, for people, once
 * per set of roles, not parsed from strings on every request: few role combinations ever occur, and at most one per
 * subset of {@link Roles#ALL} (unknown roles grant nothing, so they are left out of that key).
 */
@ApplicationScoped
public class IdentityPermissions implements SecurityIdentityAugmentor {

    /** Every permission of the table as Quarkus would parse its string ({@code resource:action}). */
    private static final Map<String, Permission> OBJECTS = Permissions.all().stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), IdentityPermissions::toPermission));

    private final String machineIssuer;
    /** A person's known roles → the permission objects they grant. */
    private final Map<Set<String>, Set<Permission>> byRoles = new ConcurrentHashMap<>();

    public IdentityPermissions(@ConfigProperty(name = "accord.jwt.machine.issuer") String machineIssuer) {
        this.machineIssuer = machineIssuer;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return augment(identity, context, Map.of());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        boolean machine = machineIssuer.equals(token.getIssuer());
        Set<String> roles = new HashSet<>(identity.getRoles());
        Set<Permission> permissions;
        if (machine) {
            roles.retainAll(Set.of(Roles.ERP_CLIENT));
            Set<String> granted = Permissions.of(roles);
            granted.retainAll(scopes(token));
            String method = method(identity, attributes);
            if (method != null) {
                granted.retainAll(Set.of(scopeNeededFor(method)));
            }
            permissions = objects(granted);
        } else {
            roles.remove(Roles.ERP_CLIENT);
            permissions = grantedTo(roles);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(roles)
                .addPermissions(permissions)
                .build());
    }

    private Set<Permission> grantedTo(Set<String> roles) {
        Set<String> known = new HashSet<>(roles);
        known.retainAll(Roles.ALL);
        Set<Permission> granted = byRoles.get(known);
        return granted != null ? granted : byRoles.computeIfAbsent(Set.copyOf(known), key -> objects(Permissions.of(key)));
    }

    private static Set<Permission> objects(Set<String> permissions) {
        return permissions.stream().map(OBJECTS::get).collect(Collectors.toUnmodifiableSet());
    }

    /** As {@code QuarkusSecurityIdentity.Builder.addPermissionsAsString} reads a permission: resource, then action. */
    private static Permission toPermission(String permission) {
        int colon = permission.indexOf(':');
        return colon > 0 && colon < permission.length() - 1
                ? new StringPermission(permission.substring(0, colon), permission.substring(colon + 1))
                : new StringPermission(permission);
    }

    /** Reads need {@code orders:read}; everything else (intake, amendments, deliveries) needs {@code orders:write}. */
    static String scopeNeededFor(String method) {
        return "GET".equals(method) || "HEAD".equals(method) ? Permissions.ORDERS_READ : Permissions.ORDERS_WRITE;
    }

    private static Set<String> scopes(JsonWebToken token) {
        Object claim = token.getClaim("scope");
        if (claim == null) {
            return Set.of();
        }
        String value = claim instanceof JsonString json ? json.getString() : claim.toString();
        return new HashSet<>(Arrays.asList(value.trim().split("\\s+")));
    }

    private static String method(SecurityIdentity identity, Map<String, Object> attributes) {
        RoutingContext request = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        if (request == null) {
            request = identity.getAttribute(RoutingContext.class.getName());
        }
        return request == null ? null : request.request().method().name();
    }
}
