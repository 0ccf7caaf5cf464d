package io.accord.infra.mail;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The SMTP server as the mail relay last met it, in the {@code mail} health group ({@code /q/health/group/mail}): DOWN
 * while the last attempt could not reach it (mail waits in the outbox; {@code accord_mail_queued} and
 * {@code accord_mail_oldest_queued_age_seconds} say how much and how long). Deliberately not readiness: a mail server
 * outage delays mail and must not take the service out of its load balancer.
 */
@IfBuildProperty(name = "accord.mail.enabled", stringValue = "true", enableIfMissing = true)
@HealthGroup(MailRelayHealthCheck.GROUP)
@ApplicationScoped
public class MailRelayHealthCheck implements HealthCheck {

    public static final String GROUP = "mail";

    private final MailRelay relay;

    public MailRelayHealthCheck(MailRelay relay) {
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        MailRelay.State state = relay.state();
        return HealthCheckResponse.named("Mail relay")
                .status(state.healthy())
                .withData("lastError", state.lastError() == null ? "none" : state.lastError())
                .withData("sent", state.sent())
                .withData("failed", state.failed())
                .build();
    }
}
