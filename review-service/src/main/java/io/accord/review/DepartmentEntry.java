package io.accord.review;

import io.accord.infra.changes.Aggregate;
import io.accord.review.events.DepartmentChanged;
import io.accord.review.events.ReviewEventTypes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A department's entry in the directory: its names, the role whose holders sign its opinions, its mailbox and manager,
 * and whether it is in use. Departments are never deleted (reviews and records name them for good); one no longer in
 * use is deactivated, which only stops it being routed to.
 */
@Entity
@Table(name = "department")
public class DepartmentEntry extends Aggregate {

    public static final String AGGREGATE = ReviewEventTypes.DEPARTMENT;

    @Id
    public String code;

    /** The id its history and events are keyed by (a code is not a UUID). */
    @Column(nullable = false, unique = true)
    public UUID id;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DepartmentKind kind;

    @Column(name = "signing_role", nullable = false)
    public String signingRole;

    public String mailbox;

    public String manager;

    /** The language its mail is written in ({@code zh-CN}, {@code en}); null: the suite's default. */
    public String language;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    /** What an administrator states about a department (all of it, each time: the entry becomes exactly this). */
    public record Details(DepartmentNames names, DepartmentKind kind, String signingRole, String mailbox, String manager,
            String language, boolean active) {
    }

    public static DepartmentEntry register(Department department, Details details, String by, OffsetDateTime now) {
        DepartmentEntry entry = new DepartmentEntry();
        entry.code = department.code();
        entry.id = UUID.randomUUID();
        entry.apply(details, by, now);
        entry.change("registered").to(entry.state()).detail(details)
                .event(ReviewEventTypes.DEPARTMENT_REGISTERED, entry.changed()).record();
        return entry;
    }

    public void update(Details details, String by, OffsetDateTime now) {
        String before = state();
        apply(details, by, now);
        change("updated").from(before).to(state()).detail(details)
                .event(ReviewEventTypes.DEPARTMENT_UPDATED, changed()).record();
    }

    public Department department() {
        return new Department(code);
    }

    public DepartmentNames names() {
        return new DepartmentNames(nameZh, nameEn);
    }

    public Details details() {
        return new Details(names(), kind, signingRole, mailbox, manager, language, active);
    }

    private void apply(Details details, String by, OffsetDateTime now) {
        nameZh = details.names().zhCN();
        nameEn = details.names().en();
        kind = details.kind();
        signingRole = details.signingRole();
        mailbox = details.mailbox();
        manager = details.manager();
        language = details.language();
        active = details.active();
        updatedBy = by;
        updatedAt = now;
    }

    private String state() {
        return active ? "ACTIVE" : "INACTIVE";
    }

    private DepartmentChanged changed() {
        return new DepartmentChanged(code, nameZh, nameEn, kind.name(), signingRole, mailbox, manager, language, active);
    }

    @Override
    public String aggregateType() {
        return AGGREGATE;
    }

    @Override
    public UUID aggregateId() {
        return id;
    }
}
