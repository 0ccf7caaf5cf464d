package io.accord.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.gateway.config.GatewayConfig;
import io.accord.gateway.overview.MergedNotifications;
import io.accord.gateway.proxy.ServiceClient;
import io.accord.gateway.proxy.ServiceClient.Answer;
import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.i18n.Locales;
import io.accord.infra.i18n.Text;
import io.accord.infra.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code GET /api/v1/notifications} at the gateway: every service's mails in one list, newest first, asked of each
 * service in parallel with the caller's own token (each applies its own rules); a service that is down is named under
 * {@code unavailable} and the rest still comes back. The services serve the same path for their own mails
 * (accord-messaging's NotificationResource; the gateway has no mail of its own).
 */
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    /** Each service is asked for its newest {@code (page + 1) · size}; a service's page holds at most this many. */
    static final int DEEPEST = 200;

    private final ServiceClient services;
    private final GatewayConfig config;
    private final ObjectMapper mapper;

    public NotificationResource(ServiceClient services, GatewayConfig config, ObjectMapper mapper) {
        this.services = services;
        this.config = config;
        this.mapper = mapper;
    }

    @GET
    @PermissionsAllowed(Permissions.NOTIFICATIONS_READ)
    @Operation(summary = "Mails of every service, newest first",
            description = "Queued, sent, or failed with the reason; never a body. Ids are unique across services "
                    + "(service:number). A service that does not answer is named in unavailable. Pages reach back "
                    + DEEPEST + " mails ((page + 1) × size ≤ " + DEEPEST + "): narrow older ones with the filters.")
    public Uni<NotificationsPage> list(@QueryParam("recipient") String recipient, @QueryParam("status") MailStatus status,
            @QueryParam("aboutType") String aboutType, @QueryParam("aboutId") String aboutId,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "{accord.page.zero-or-more}") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "{accord.page.size}")
            @Max(value = DEEPEST, message = "{accord.page.size}") int size,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(Locales.HEADER) String language, @HeaderParam("X-Request-Id") String requestId) {
        if ((long) (page + 1) * size > DEEPEST) {
            throw new InvalidFieldException("page", Text.of("gateway.notifications.too-deep", DEEPEST));
        }
        MultiMap forward = MultiMap.caseInsensitiveMultiMap();
        forward.add(HttpHeaders.AUTHORIZATION, authorization);
        if (language != null) {
            forward.add(Locales.HEADER, language);
        }
        if (requestId != null) {
            forward.add("X-Request-Id", requestId);
        }
        String query = query(recipient, status, aboutType, aboutId, (page + 1) * size);
        Map<String, Future<Answer>> answers = new LinkedHashMap<>();
        config.services().keySet().stream().sorted()
                .forEach(service -> answers.put(service, services.get(service, "/api/v1/notifications" + query, forward)));
        Future<?> all = Future.join(new ArrayList<>(answers.values()));
        return Uni.createFrom().completionStage(all.toCompletionStage())
                .onFailure().recoverWithNull()
                .map(done -> page(answers, page, size));
    }

    private NotificationsPage page(Map<String, Future<Answer>> answers, int page, int size) {
        Map<String, JsonObject> lists = new LinkedHashMap<>();
        List<String> unavailable = new ArrayList<>();
        answers.forEach((service, answer) -> {
            if (answer.succeeded() && answer.result().ok()) {
                lists.put(service, answer.result().json());
            } else {
                unavailable.add(service);
            }
        });
        MergedNotifications.Merged merged = MergedNotifications.merge(lists, page, size);
        List<NotificationItem> items = merged.items().stream().map(this::view).toList();
        return new NotificationsPage(items, page, size, merged.total(), merged.totalExact(), unavailable);
    }

    /** Read back as the view, so the status gets its label in the reader's language here, as in the services. */
    private NotificationItem view(JsonObject item) {
        try {
            return mapper.readValue(item.encode(), NotificationItem.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String query(String recipient, MailStatus status, String aboutType, String aboutId, int size) {
        StringJoiner query = new StringJoiner("&", "?", "");
        query.add("page=0").add("size=" + size);
        add(query, "recipient", recipient);
        add(query, "status", status == null ? null : status.name());
        add(query, "aboutType", aboutType);
        add(query, "aboutId", aboutId);
        return query.toString();
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
