package io.accord.review.service;

import io.accord.infra.changes.WritesChanges;
import io.accord.infra.errors.ConflictException;
import io.accord.infra.errors.InvalidFieldException;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.infra.errors.UnknownReferenceException;
import io.accord.infra.persistence.Pages;
import io.accord.infra.persistence.QueryFilter;
import io.accord.infra.persistence.Sorting;
import io.accord.infra.security.CurrentActor;
import io.accord.infra.security.Roles;
import io.accord.infra.web.Etags;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import io.accord.review.Department;
import io.accord.review.DepartmentEntry;
import io.accord.review.DepartmentKind;
import io.accord.review.DepartmentNames;
import io.accord.review.PolicyRules;
import io.accord.review.ReviewPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The department directory: which departments exist, who signs for each, whether each is in use. The review policy
 * may name only departments in use, and a department stays in use while the policy (or the built-in routing) needs it.
 */
@ApplicationScoped
@WritesChanges
public class DepartmentDirectory {

    /** A code is a domain code like the built-in ones: it is stored in records and events for good. */
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    /** Roles that must never sign for a department: configuration, read-only oversight, machines. */
    private static final Set<String> NOT_SIGNING = Set.of(Roles.ADMIN, Roles.AUDITOR, Roles.ERP_CLIENT);

    private static final Sorting<DepartmentEntry> SORTING = Sorting.<DepartmentEntry>unique("id", UUID.class, d -> d.id)
            .field("code", String.class, d -> d.code)
            .field("kind", DepartmentKind.class, d -> d.kind)
            .field("updatedAt", OffsetDateTime.class, d -> d.updatedAt)
            .byDefault("code,asc");

    private final CurrentActor actor;
    private final Clock clock;
    private final Event<DepartmentsChanged> changed;

    public DepartmentDirectory(CurrentActor actor, Clock clock, Event<DepartmentsChanged> changed) {
        this.actor = actor;
        this.clock = clock;
        this.changed = changed;
    }

    public Page<DepartmentEntry> list(DepartmentKind kind, Boolean active, PageParams page) {
        QueryFilter filter = new QueryFilter().equal("kind", kind).equal("active", active);
        return Pages.of(DepartmentEntry.class, filter, SORTING, page);
    }

    public DepartmentEntry get(String code) {
        DepartmentEntry entry = DepartmentEntry.findById(code);
        if (entry == null) {
            throw new ResourceNotFoundException("department", code);
        }
        return entry;
    }

    /** Every department's names by its code, in use or not (records name departments long deactivated). */
    public Map<String, DepartmentNames> names() {
        Map<String, DepartmentNames> names = new TreeMap<>();
        DepartmentEntry.<DepartmentEntry>listAll().forEach(d -> names.put(d.code, d.names()));
        return names;
    }

    /** Whether this PUT creates the department, and its entry after it. */
    public record Put(DepartmentEntry entry, boolean created) {
    }

    @Transactional
    public Put put(PutDepartmentCommand command, String ifMatch) {
        if (!CODE.matcher(command.code()).matches()) {
            throw new InvalidFieldException("code", "must be 2 to 32 capital letters, digits or _, starting with a letter");
        }
        DepartmentEntry.Details details = command.details();
        if (NOT_SIGNING.contains(details.signingRole())) {
            throw new InvalidFieldException("signingRole", details.signingRole() + " does no review work and cannot sign for a department");
        }
        Department department = new Department(command.code());
        DepartmentEntry entry = DepartmentEntry.findById(command.code());
        OffsetDateTime now = OffsetDateTime.now(clock);
        Put put;
        if (entry == null) {
            entry = DepartmentEntry.register(department, details, actor.name(), now);
            entry.persist();
            put = new Put(entry, true);
        } else {
            Etags.requireMatch(ifMatch, entry.version);
            if (entry.active && !details.active()) {
                refuseDeactivating(department);
            }
            entry.update(details, actor.name(), now);
            put = new Put(entry, false);
        }
        changed.fire(new DepartmentsChanged(command.code()));
        return put;
    }

    /**
     * A department the routing sends reviews to cannot silently stop reviewing: the built-in rules route to the
     * built-in departments, and the current policy's fields to the departments they name. Change the policy first.
     */
    private void refuseDeactivating(Department department) {
        if (department.builtIn()) {
            throw new ConflictException(department + " cannot be deactivated: the built-in routing rules send reviews to it");
        }
        List<String> fields = ReviewPolicy.current().rules.namedDepartments().stream()
                .filter(n -> n.department().equals(department)).map(PolicyRules.NamedDepartment::field).distinct().toList();
        if (!fields.isEmpty()) {
            throw new ConflictException(department + " cannot be deactivated while review policy version "
                    + ReviewPolicy.current().version + " names it in " + fields + ": change the policy first");
        }
    }

    /** Refuses rules that name a department the directory does not have, or has but no longer uses. */
    public void requireInUse(PolicyRules rules) {
        for (PolicyRules.NamedDepartment named : rules.namedDepartments()) {
            requireInUse(named.department(), named.field());
        }
    }

    /** The entry of a department that exists and is in use; otherwise 422 naming {@code field}. */
    public DepartmentEntry requireInUse(Department department, String field) {
        DepartmentEntry entry = requireKnown(department, field);
        if (!entry.active) {
            throw new UnknownReferenceException(field, "department " + department + " is deactivated in the directory");
        }
        return entry;
    }

    /** The entry of a department that exists, in use or not (its open reviews still take its opinion). */
    public DepartmentEntry requireKnown(Department department, String field) {
        DepartmentEntry entry = DepartmentEntry.findById(department.code());
        if (entry == null) {
            throw new UnknownReferenceException(field, "no department " + department + " in the directory (GET /api/v1/departments)");
        }
        return entry;
    }
}
