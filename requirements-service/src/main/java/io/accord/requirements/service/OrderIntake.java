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
        String hash = order.fingerprint();
        int claimed = entityManager.createNativeQuery("""
                insert into idempotency_key (client_id, idem_key, request_hash, created_at)
                values (?1, ?2, ?3, ?4) on conflict do nothing""")
                .setParameter(1, client).setParameter(2, idempotencyKey).setParameter(3, hash)
                .setParameter(4, OffsetDateTime.now(clock)).executeUpdate();
        if (claimed == 0) {
            IdempotencyRecord earlier = IdempotencyRecord.find("clientId = ?1 and key = ?2", client, idempotencyKey).firstResult();
            if (!earlier.requestHash.equals(hash)) {
                throw new UnprocessableException(Text.of("requirements.order.key-reused", idempotencyKey));
            }
            return new Outcome(earlier.responseStatus, earlier.receipt(), true);
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
        OrderReceipt receipt = OrderReceipt.of(requirement);
        entityManager.createNativeQuery("""
                update idempotency_key set response_status = 201, response_body = ?3, response_version = ?4
                where client_id = ?1 and idem_key = ?2""")
                .setParameter(1, client).setParameter(2, idempotencyKey).setParameter(3, receipt.toStoredJson())
                .setParameter(4, OrderReceipt.VERSION).executeUpdate();
        return new Outcome(201, receipt, false);
    }

    public Requirement order(String client, String erpOrderNo) {
        Requirement requirement = Requirement.find("erpClient = ?1 and erpOrderNo = ?2", client, erpOrderNo).firstResult();
        if (requirement == null) {
            throw new ResourceNotFoundException("order", erpOrderNo);
        }
        return requirement;
    }

    @Transactional
    public Requirement amend(String client, String erpOrderNo, AmendRequirementCommand request) {
        return requirements.amend(order(client, erpOrderNo), request);
    }

    @Transactional
    public Requirement deliver(String client, String erpOrderNo, DeliverRequirementCommand request) {
        return requirements.deliver(order(client, erpOrderNo), request);
    }
}
