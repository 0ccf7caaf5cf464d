package io.accord.requirements.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accord.infra.errors.ConflictException;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.infra.errors.UnprocessableException;
import io.accord.requirements.Customer;
import io.accord.requirements.IdempotencyRecord;
import io.accord.requirements.Requirement;
import io.accord.requirements.RequirementSource;
import io.accord.requirements.rest.ActionBodies;
import io.accord.requirements.rest.OrderAmendmentRequest;
import io.accord.requirements.rest.OrderRequest;
import io.accord.requirements.rest.OrderView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/**
 * ERP order intake. The idempotency key is claimed with an insert that waits on any concurrent claim of the
 * same key, so twenty identical requests at once create one order and all get its answer.
 */
@ApplicationScoped
public class OrderIntake {

    /** The answer to give, and whether it is a replay of an earlier one. */
    public record Outcome(int status, String body, boolean replayed) {
    }

    private final RequirementService requirements;
    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final Clock clock;

    public OrderIntake(RequirementService requirements, EntityManager entityManager, ObjectMapper mapper, Clock clock) {
        this.requirements = requirements;
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    public Outcome intake(String client, String idempotencyKey, OrderRequest order) {
        String hash = sha256(json(order));
        int claimed = entityManager.createNativeQuery("""
                insert into idempotency_key (client_id, idem_key, request_hash, created_at)
                values (?1, ?2, ?3, ?4) on conflict do nothing""")
                .setParameter(1, client).setParameter(2, idempotencyKey).setParameter(3, hash)
                .setParameter(4, OffsetDateTime.now(clock)).executeUpdate();
        if (claimed == 0) {
            IdempotencyRecord earlier = IdempotencyRecord.find("clientId = ?1 and key = ?2", client, idempotencyKey).firstResult();
            if (!earlier.requestHash.equals(hash)) {
                throw new UnprocessableException("Idempotency-Key " + idempotencyKey + " was already used with a different body");
            }
            return new Outcome(earlier.responseStatus, earlier.responseBody, true);
        }
        Customer customer = Customer.findByCode(order.customerCode());
        if (customer == null) {
            throw new UnprocessableException("no customer has the code " + order.customerCode() + "; register it first");
        }
        if (Requirement.count("erpClient = ?1 and erpOrderNo = ?2", client, order.erpOrderNo()) > 0) {
            throw new ConflictException("order " + order.erpOrderNo() + " was already taken in under another Idempotency-Key");
        }
        Requirement requirement = requirements.capture(customer.id, RequirementSource.ERP_ORDER, order.toContent(), false,
                client, order.erpOrderNo());
        requirements.submit(requirement);
        String body = json(OrderView.of(requirement));
        entityManager.createNativeQuery("""
                update idempotency_key set response_status = 201, response_body = ?3
                where client_id = ?1 and idem_key = ?2""")
                .setParameter(1, client).setParameter(2, idempotencyKey).setParameter(3, body).executeUpdate();
        return new Outcome(201, body, false);
    }

    public Requirement order(String client, String erpOrderNo) {
        Requirement requirement = Requirement.find("erpClient = ?1 and erpOrderNo = ?2", client, erpOrderNo).firstResult();
        if (requirement == null) {
            throw new ResourceNotFoundException("order", erpOrderNo);
        }
        return requirement;
    }

    @Transactional
    public Requirement amend(String client, String erpOrderNo, OrderAmendmentRequest request) {
        return requirements.amend(order(client, erpOrderNo), request.toAmendment());
    }

    @Transactional
    public Requirement deliver(String client, String erpOrderNo, ActionBodies.DeliveryRequest request) {
        return requirements.deliver(order(client, erpOrderNo), request);
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
