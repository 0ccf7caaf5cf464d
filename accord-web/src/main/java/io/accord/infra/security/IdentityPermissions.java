package io.accord.infra.security;

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

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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
 */
@ApplicationScoped
public class IdentityPermissions implements SecurityIdentityAugmentor {

    private final String machineIssuer;

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
        Set<String> permissions;
        if (machine) {
            roles.retainAll(Set.of(Roles.ERP_CLIENT));
            permissions = Permissions.of(roles);
            permissions.retainAll(scopes(token));
            String method = method(identity, attributes);
            if (method != null) {
                permissions.retainAll(Set.of(scopeNeededFor(method)));
            }
        } else {
            roles.remove(Roles.ERP_CLIENT);
            permissions = Permissions.of(roles);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(roles)
                .addPermissionsAsString(permissions)
                .build());
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
