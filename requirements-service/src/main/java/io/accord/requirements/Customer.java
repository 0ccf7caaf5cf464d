package io.accord.requirements;

import io.accord.infra.changes.Aggregate;
import io.accord.infra.i18n.Locales;
import io.accord.infra.mail.MailTemplates;
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
import java.util.Locale;
import java.util.Optional;
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

    /**
     * The language mails to the customer are written in: {@code zh-CN} or {@code en}; set at registration (absent: the
     * default, {@code ACCORD_DEFAULT_LOCALE}); null only on customers registered before issue 14 (then the default).
     */
    public String language;

    /** The customer does not want satisfaction surveys: no invitation is sent automatically (PROCESS.md §4). */
    @Column(name = "surveys_opt_out", nullable = false)
    public boolean surveysOptOut;

    /** Set by the first accepted requirement; a customer without it is still a new customer. */
    @Column(name = "first_accepted_at")
    public OffsetDateTime firstAcceptedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public record Contact(String name, String role, String email, String phone) {

        boolean hasMail() {
            return email != null && !email.isBlank();
        }
    }

    public static Customer register(String code, String name, List<Contact> contacts, String language,
            boolean surveysOptOut, OffsetDateTime now) {
        Customer c = new Customer();
        c.id = UUID.randomUUID();
        c.code = code;
        c.name = name;
        c.contacts = contacts == null ? new ArrayList<>() : new ArrayList<>(contacts);
        c.language = language == null ? defaultLanguage() : language;
        c.surveysOptOut = surveysOptOut;
        c.createdAt = now;
        CustomerRegistered registered = c.asEvent();
        c.change("registered").detail(registered).event(RequirementEventTypes.CUSTOMER_REGISTERED, registered).record();
        return c;
    }

    /** What an update changes: the fields given; null leaves a field as it is. */
    public record Update(String name, List<Contact> contacts, String language, Boolean surveysOptOut) {
    }

    public void update(Update update) {
        if (update.name() != null) {
            name = update.name();
        }
        if (update.contacts() != null) {
            contacts = new ArrayList<>(update.contacts());
        }
        if (update.language() != null) {
            language = update.language();
        }
        if (update.surveysOptOut() != null) {
            surveysOptOut = update.surveysOptOut();
        }
        change("updated").detail(update).event(RequirementEventTypes.CUSTOMER_UPDATED, asEvent()).record();
    }

    /**
     * The contact who receives the customer's mail (survey invitations, notices): the first contact with an e-mail
     * address, so the order of the contacts decides; empty when none has one (then nothing is mailed, and the
     * record says so).
     */
    public Optional<Contact> mailContact() {
        return contacts.stream().filter(Contact::hasMail).findFirst();
    }

    /** {@code zh-CN} or {@code en}: the customer's, or the default for a customer registered without one. */
    public String mailLanguage() {
        return language == null ? defaultLanguage() : language;
    }

    public Locale mailLocale() {
        return Locales.resolve(mailLanguage());
    }

    private static String defaultLanguage() {
        return MailTemplates.languageTag(Locales.defaultLocale());
    }

    /** What other services keep of the customer (customer.registered / customer.updated). */
    private CustomerRegistered asEvent() {
        Optional<Contact> mail = mailContact();
        return new CustomerRegistered(id, code, name, mail.map(Contact::email).orElse(null),
                mail.map(Contact::name).orElse(null), mailLanguage(), surveysOptOut);
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
