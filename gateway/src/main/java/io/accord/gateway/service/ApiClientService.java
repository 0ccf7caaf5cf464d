package io.accord.gateway.service;

import io.accord.gateway.ApiClient;
import io.accord.gateway.ApiScope;
import io.accord.infra.changes.WritesChanges;
import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.infra.i18n.Text;
import io.accord.infra.persistence.Keyset;
import io.accord.infra.persistence.Pages;
import io.accord.infra.persistence.QueryFilter;
import io.accord.infra.security.CurrentActor;
import io.accord.infra.security.SecretTokens;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Registers and revokes machine clients, and tells whether an API key belongs to an active one. */
@ApplicationScoped
@WritesChanges
public class ApiClientService {

    /** The list's order, unique with the id as the last key: what a cursor continues. */
    private static final Keyset<ApiClient> NEWEST_FIRST =
            Keyset.<ApiClient>descending("createdAt", OffsetDateTime.class, c -> c.createdAt)
            .thenDescending("id", UUID.class, c -> c.id);

    /** A registered client and its key, which exists only in this answer. */
    public record Registration(ApiClient client, String apiKey) {
    }

    /** What the gateway needs to know about the caller behind a valid key. */
    public record MachineCaller(UUID id, String name, List<String> scopes) {
    }

    /** Recognisable in logs and secret scanners. */
    static final String API_KEY_PREFIX = "acc_";

    private final CurrentActor actor;
    private final Clock clock;

    public ApiClientService(CurrentActor actor, Clock clock) {
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public Registration register(RegisterApiClientCommand request) {
        List<ApiScope> scopes = new ArrayList<>();
        for (int i = 0; i < request.scopes().size(); i++) {
            String value = request.scopes().get(i);
            scopes.add(ApiScope.of(value).orElseThrow(() -> new InvalidFieldException("scopes",
                    Text.of("gateway.scopes.unknown", value, List.of(ApiScope.values()).stream().map(ApiScope::value).toList()))));
        }
        SecretTokens.Issued key = SecretTokens.issue(API_KEY_PREFIX);
        ApiClient client = ApiClient.register(request.name(), scopes, key, actor.name(), OffsetDateTime.now(clock));
        client.persist();
        return new Registration(client, key.secret());
    }

    /** Revoking twice is harmless: the second DELETE finds the client already revoked and changes nothing. */
    @Transactional
    public ApiClient revoke(UUID id) {
        ApiClient client = get(id);
        if (client.status == ApiClient.Status.ACTIVE) {
            client.revoke(actor.name(), OffsetDateTime.now(clock));
        }
        return client;
    }

    @Transactional
    public ApiClient get(UUID id) {
        ApiClient client = ApiClient.findById(id);
        if (client == null) {
            throw new ResourceNotFoundException("api client", id);
        }
        return client;
    }

    @Transactional
    public Page<ApiClient> list(String name, ApiClient.Status status, PageParams page) {
        QueryFilter filter = new QueryFilter().equal("name", name).equal("status", status);
        return Pages.of(ApiClient.class, filter, NEWEST_FIRST, page);
    }

    /** Looked up on every request with a key, so a revocation takes effect at once on every replica. */
    @Transactional
    public Optional<MachineCaller> authenticate(String apiKey) {
        ApiClient client = ApiClient.activeByKeyHash(SecretTokens.hash(apiKey));
        return Optional.ofNullable(client).map(c -> new MachineCaller(c.id, c.name, List.copyOf(c.scopes)));
    }
}
