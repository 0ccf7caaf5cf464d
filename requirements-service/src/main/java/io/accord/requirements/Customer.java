package io.accord.requirements;

import io.accord.infra.changes.Aggregate;
import io.accord.infra.persistence.Exists;
import io.accord.requirements.events.CustomerRegistered;
import io.accord.requirements.events.RequirementEventTypes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A customer in the archive (PROCESS.md §1.11). */
@Entity
@Table(name = "customer")
public class Customer extends Aggregate {

    public static final String AGGREGATE = "customer";

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<Contact> contacts = new ArrayList<>();

    /** Set by the first accepted requirement; a customer without it is still a new customer. */
    @Column(name = "first_accepted_at")
    public OffsetDateTime firstAcceptedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public record Contact(String name, String role, String email, String phone) {
    }

    public static Customer register(String code, String name, List<Contact> contacts, OffsetDateTime now) {
        Customer c = new Customer();
        c.id = UUID.randomUUID();
        c.code = code;
        c.name = name;
        c.contacts = contacts == null ? new ArrayList<>() : new ArrayList<>(contacts);
        c.createdAt = now;
        CustomerRegistered registered = new CustomerRegistered(c.id, code, name);
        c.change("registered").detail(registered).event(RequirementEventTypes.CUSTOMER_REGISTERED, registered).record();
        return c;
    }

    /** What an update changes: the fields given; null leaves a field as it is. */
    public record Update(String name, List<Contact> contacts) {
    }

    public void update(Update update) {
        if (update.name() != null) {
            name = update.name();
        }
        if (update.contacts() != null) {
            contacts = new ArrayList<>(update.contacts());
        }
        change("updated").detail(update)
                .event(RequirementEventTypes.CUSTOMER_UPDATED, new CustomerRegistered(id, code, name)).record();
    }

    public boolean isNewCustomer() {
        return firstAcceptedAt == null;
    }

    public void orderAccepted(OffsetDateTime at) {
        if (firstAcceptedAt == null) {
            firstAcceptedAt = at;
        }
    }

    @Override
    public String aggregateType() {
        return AGGREGATE;
    }

    @Override
    public UUID aggregateId() {
        return id;
    }

    /** Whether a customer is registered, without loading it (a capture only needs to know it exists). */
    public static boolean exists(UUID id) {
        return Exists.any(Customer.class, "id = ?1", id);
    }

    public static Customer findByCode(String code) {
        return find("code", code).firstResult();
    }
}
