package io.accord.requirements.service;

import io.accord.infra.changes.WritesChanges;
import io.accord.infra.errors.ConflictException;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.infra.errors.UnprocessableException;
import io.accord.infra.i18n.Text;
import io.accord.infra.persistence.Exists;
import io.accord.requirements.Customer;
import io.accord.requirements.IdempotencyRecord;
import io.accord.requirements.OrderReceipt;
import io.accord.requirements.Requirement;
import io.accord.requirements.RequirementSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.function.UnaryOperator;

/**
 * ERP order intake. The idempotency key is claimed with an insert that waits on any concurrent claim of the
 * same key, so twenty identical requests at once create one order and all get its answer.
 */
@ApplicationScoped
@WritesChanges
public class OrderIntake {

    /** The answer to give, and whether it is a replay of an earlier one. */
    public record Outcome(int status, OrderReceipt receipt, boolean replayed) {
    }

    private final RequirementService requirements;
    private final EntityManager entityManager;
    private final Clock clock;

    public OrderIntake(RequirementService requirements, EntityManager entityManager, Clock clock) {
        this.requirements = requirements;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public Outcome intake(String client, String idempotencyKey, PlaceOrderCommand order) {
        Outcome earlier = claim(client, idempotencyKey, order.fingerprint());
        if (earlier != null) {
            return earlier;
        }
        Customer customer = Customer.findByCode(order.customerCode());
        if (customer == null) {
            throw new UnprocessableException(Text.of("requirements.order.customer-code", order.customerCode()));
        }
        if (Exists.any(Requirement.class, "erpClient = ?1 and erpOrderNo = ?2", client, order.erpOrderNo())) {
            // another key, or this one after its retention window: either way the order exists and is not taken twice
            throw new ConflictException(Text.of("requirements.order.taken", order.erpOrderNo()));
        }
        Requirement requirement = requirements.capture(customer.id, RequirementSource.ERP_ORDER, order.toContent(), false,
                client, order.erpOrderNo());
        requirements.submit(requirement);
        return remember(client, idempotencyKey, 201, requirement);
    }

    /**
     * Claims the key for a request with this fingerprint: null when it is new (the caller does the work, then
     * {@link #remember}s the answer), the first answer when the same request came before; a different request under
     * the key is refused. The insert waits on a concurrent claim of the same key, so the loser replays the winner's answer.
     */
    private Outcome claim(String client, String idempotencyKey, String hash) {
        int claimed = entityManager.createNativeQuery("""
                insert into idempotency_key (client_id, idem_key, request_hash, created_at)
                values (?1, ?2, ?3, ?4) on conflict do nothing""")
                .setParameter(1, client).setParameter(2, idempotencyKey).setParameter(3, hash)
                .setParameter(4, OffsetDateTime.now(clock)).executeUpdate();
        if (claimed == 1) {
            return null;
        }
        IdempotencyRecord earlier = IdempotencyRecord.find("clientId = ?1 and key = ?2", client, idempotencyKey).firstResult();
        if (!earlier.requestHash.equals(hash)) {
            throw new UnprocessableException(Text.of("requirements.order.key-reused", idempotencyKey));
        }
        return new Outcome(earlier.responseStatus, earlier.receipt(), true);
    }

    /** Stores the answer to a claimed key (none without a key) and gives it. */
    private Outcome remember(String client, String idempotencyKey, int status, Requirement requirement) {
        OrderReceipt receipt = OrderReceipt.of(requirement);
        if (idempotencyKey != null) {
            entityManager.createNativeQuery("""
                    update idempotency_key set response_status = ?3, response_body = ?4, response_version = ?5
                    where client_id = ?1 and idem_key = ?2""")
                    .setParameter(1, client).setParameter(2, idempotencyKey).setParameter(3, status)
                    .setParameter(4, receipt.toStoredJson()).setParameter(5, OrderReceipt.VERSION).executeUpdate();
        }
        return new Outcome(status, receipt, false);
    }

    public Requirement order(String client, String erpOrderNo) {
        Requirement requirement = Requirement.find("erpClient = ?1 and erpOrderNo = ?2", client, erpOrderNo).firstResult();
        if (requirement == null) {
            throw new ResourceNotFoundException("order", erpOrderNo);
        }
        return requirement;
    }

    /**
     * An amendment by order number. With an {@code Idempotency-Key} (null: none) a retry gets the first answer and
     * amends nothing twice; the key is the client's, shared with its intakes and deliveries, so a key reused for
     * another request (another order, another kind of request) is refused.
     */
    @Transactional
    public Outcome amend(String client, String idempotencyKey, String erpOrderNo, AmendRequirementCommand request) {
        return once(client, idempotencyKey, "amendment", erpOrderNo, request, r -> requirements.amend(r, request));
    }

    /** A delivery by order number, with an optional {@code Idempotency-Key} as for {@link #amend}. */
    @Transactional
    public Outcome deliver(String client, String idempotencyKey, String erpOrderNo, DeliverRequirementCommand request) {
        return once(client, idempotencyKey, "delivery", erpOrderNo, request, r -> requirements.deliver(r, request));
    }

    /** Applies {@code change} to the client's order, once per key (every time without one). */
    private Outcome once(String client, String idempotencyKey, String kind, String erpOrderNo, Object command,
            UnaryOperator<Requirement> change) {
        Outcome earlier = idempotencyKey == null ? null
                : claim(client, idempotencyKey, Fingerprint.of(kind, erpOrderNo, command));
        if (earlier != null) {
            return earlier;
        }
        return remember(client, idempotencyKey, 200, change.apply(order(client, erpOrderNo)));
    }
}
