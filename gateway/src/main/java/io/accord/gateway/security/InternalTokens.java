package io.accord.gateway.security;

import io.accord.gateway.config.GatewayConfig;
import io.accord.gateway.service.ApiClientService.MachineCaller;
import io.accord.infra.security.Roles;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The short-lived bearer token a machine client's request carries past the gateway: role {@code ERP_CLIENT}, the
 * client's name as principal (its orders belong to it), its id and its scopes, under the machine issuer and audience
 * (the services honour {@code ERP_CLIENT} from that issuer only, and check the scope themselves). A signed token is
 * reused for half its lifetime so that a busy ERP does not cost an RSA signature per request; the key itself is
 * still checked every time.
 */
@ApplicationScoped
public class InternalTokens {

    private record Signed(String token, long reuseUntilNanos) {
    }

    private final GatewayConfig.MachineClients config;
    private final Map<UUID, Signed> signed = new ConcurrentHashMap<>();

    public InternalTokens(GatewayConfig config) {
        this.config = config.machineClients();
    }

    public String bearerFor(MachineCaller caller) {
        long now = System.nanoTime();
        Signed current = signed.get(caller.id());
        if (current == null || current.reuseUntilNanos() - now < 0) {
            String token = Jwt.issuer(config.tokenIssuer()).audience(config.tokenAudience()).upn(caller.name())
                    .subject(caller.id().toString()).groups(Set.of(Roles.ERP_CLIENT)).claim("client_id", caller.id().toString())
                    .claim("scope", String.join(" ", caller.scopes())).expiresIn(config.tokenLifetime()).sign();
            current = new Signed(token, now + config.tokenLifetime().toNanos() / 2);
            signed.put(caller.id(), current);
        }
        return "Bearer " + current.token();
    }
}
