package io.accord.infra.mail;

import io.accord.infra.openapi.SortParameters;
import io.accord.infra.security.Permissions;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The mails this service queued (issue 14): each one's status, attempts and the reason it failed, so a bounced or
 * failed address is seen, not silently dropped. Written once here and served by every service that sends mail; the
 * gateway (which has no accord-messaging) serves the same path itself, merging the four services' lists. An app that
 * must have no mail at all builds with {@code accord.mail.enabled=false} (relay, gauges, retention and this list go).
 */
@IfBuildProperty(name = "accord.mail.enabled", stringValue = "true", enableIfMissing = true)
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private final Notifications notifications;
    private final String service;

    public NotificationResource(Notifications notifications,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.notifications = notifications;
        this.service = service;
    }

    @GET
    @PermissionsAllowed(Permissions.NOTIFICATIONS_READ)
    @Operation(summary = "Mails this service queued, newest first",
            description = "Queued (waiting or retrying), sent, or failed with the reason; never a mail's body.")
    @Parameter(name = "sort", in = ParameterIn.QUERY, extensions = {
            @Extension(name = SortParameters.FIELDS, value = "queuedAt"),
            @Extension(name = SortParameters.DEFAULT, value = "queuedAt,desc")})
    public Page<NotificationView> list(@QueryParam("recipient") String recipient, @QueryParam("status") MailStatus status,
            @QueryParam("aboutType") String aboutType, @QueryParam("aboutId") String aboutId,
            @Valid @BeanParam PageParams page) {
        return notifications.list(new Notifications.Filter(recipient, status, aboutType, aboutId), page)
                .map(mail -> NotificationView.of(mail, service));
    }
}
