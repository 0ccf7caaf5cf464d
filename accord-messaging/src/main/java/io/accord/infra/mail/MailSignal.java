package io.accord.infra.mail;

import io.accord.infra.outbox.OutboxSignal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

/** Wakes the mail relay when a transaction that queued mail commits: the event relay's signal, a separate one. */
@Typed(MailSignal.class)
@ApplicationScoped
public class MailSignal extends OutboxSignal {
}
