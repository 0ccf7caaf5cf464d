package io.accord.review;

import io.accord.infra.hashing.Sha256;
import io.accord.infra.persistence.StoredJson;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Version 1 of the review record's stored form (产品要求评审表 / 订单确认表), kept only to verify the records frozen in it
 * (and in its unversioned predecessor); records decided now are frozen in {@code record.ReviewRecordV2}.
 *
 * <p>Its JSON form ({@link StoredJson}) is what those stored hashes depend on: changing a component, its name or its
 * place would make every such record look tampered with. So the form holds its own copies of the shapes the domain
 * types had when it was pinned ({@link V1Requirement}, {@link V1Opinion}, …), and the domain may grow without moving
 * it. {@code ReviewRecordContentTest} pins this form with hashes taken before it moved here from the API's view.
 */
public record ReviewRecordContent(String form, UUID reviewId, UUID requirementId, int requirementRevision, ReviewType type,
        int policyVersion, V1Requirement requirement, List<String> routingReasons, Set<Department> requiredDepartments,
        List<V1Opinion> opinions, List<V1Risk> risks, V1Consolidation consolidation, V1OrderConfirmation orderConfirmation,
        V1Decision decision, OffsetDateTime openedAt) {

    /** This form: the departments in their declared order (the entity's set comes back from the database in any order). */
    public static final int VERSION = 1;

    /** {@link RequirementSummary} as it was in version 1: the routing facts only. */
    public record V1Requirement(UUID customerId, String customerCode, boolean newCustomer, String source, String title,
            String totalValue, String currency, List<String> categories, List<String> services, boolean highRisk,
            String paymentTerms, List<V1Item> items, String dueDate) {
    }

    public record V1Item(String productCode, String description, String specification, String quantity, String unit,
            String unitPrice, String currency, boolean customSpecification) {
    }

    public record V1Opinion(String department, String verdict, String comment, List<String> conditions, String by,
            OffsetDateTime at, int forRevision, boolean current) {
    }

    public record V1Risk(int seq, String category, int likelihood, int impact, int score, String mitigation, String by,
            OffsetDateTime at) {
    }

    public record V1Consolidation(boolean termsApplicable, boolean termsComplete, boolean termsClear,
            boolean discrepanciesResolved, String comment, String by, OffsetDateTime at) {
    }

    public record V1OrderConfirmation(String method, String reference, String by, OffsetDateTime at) {
    }

    public record V1Decision(String decision, String comment, String overrideReason, String by, OffsetDateTime at) {
    }

    /**
     * Records frozen before forms had versions ({@code record_version} is null): the same form, but the departments
     * were hashed in whatever order the deciding process's set happened to iterate, so any order of them counts.
     */
    public static final int VERSION_ANY_DEPARTMENT_ORDER = 0;

    public static ReviewRecordContent of(Review r) {
        return new ReviewRecordContent(r.type == ReviewType.FULL ? "产品要求评审表 (product requirement review)"
                : "订单确认表 (order confirmation)", r.id, r.requirementId, r.requirementRevision, r.type, r.policyVersion,
                requirement(r.requirement), r.routingReasons, inDeclaredOrder(r.requiredDepartments),
                r.opinions.stream().map(o -> new V1Opinion(o.department().name(), name(o.verdict()), o.comment(),
                        o.conditions(), o.by(), o.at(), o.forRevision(), o.current())).toList(),
                r.risks.stream().map(k -> new V1Risk(k.seq(), name(k.category()), k.likelihood(), k.impact(), k.score(),
                        k.mitigation(), k.by(), k.at())).toList(),
                consolidation(r.consolidation), orderConfirmation(r.orderConfirmation), decision(r.decision), r.openedAt);
    }

    private static V1Requirement requirement(RequirementSummary s) {
        return s == null ? null : new V1Requirement(s.customerId(), s.customerCode(), s.newCustomer(), s.source(),
                s.title(), s.totalValue(), s.currency(), s.categories(), s.services(), s.highRisk(), s.paymentTerms(),
                s.items() == null ? null : s.items().stream().map(i -> new V1Item(i.productCode(), i.description(),
                        i.specification(), i.quantity(), i.unit(), i.unitPrice(), i.currency(), i.customSpecification()))
                        .toList(),
                s.dueDate());
    }

    private static V1Consolidation consolidation(Consolidation c) {
        return c == null ? null : new V1Consolidation(c.termsApplicable(), c.termsComplete(), c.termsClear(),
                c.discrepanciesResolved(), c.comment(), c.by(), c.at());
    }

    private static V1OrderConfirmation orderConfirmation(OrderConfirmation o) {
        return o == null ? null : new V1OrderConfirmation(o.method(), o.reference(), o.by(), o.at());
    }

    private static V1Decision decision(DecisionRecord d) {
        return d == null ? null : new V1Decision(name(d.decision()), d.comment(), d.overrideReason(), d.by(), d.at());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** SHA-256 of the canonical JSON: any later change to what was decided shows as a different hash. */
    public String sha256() {
        return Sha256.hex(StoredJson.bytes(this));
    }

    /** Whether this content still hashes to the one frozen at the decision, in the form of that time. */
    public boolean matches(String frozenHash, Integer frozenVersion) {
        int version = frozenVersion == null ? VERSION_ANY_DEPARTMENT_ORDER : frozenVersion;
        return switch (version) {
            case VERSION -> sha256().equals(frozenHash);
            case VERSION_ANY_DEPARTMENT_ORDER -> orders(List.copyOf(requiredDepartments))
                    .anyMatch(order -> withDepartments(new LinkedHashSet<>(order)).sha256().equals(frozenHash));
            default -> throw new IllegalStateException("review " + reviewId + " was frozen in record form " + version
                    + ", which this version of the service does not know");
        };
    }

    private ReviewRecordContent withDepartments(Set<Department> departments) {
        return new ReviewRecordContent(form, reviewId, requirementId, requirementRevision, type, policyVersion, requirement,
                routingReasons, departments, opinions, risks, consolidation, orderConfirmation, decision, openedAt);
    }

    /** The built-in departments in the order they were declared as a fixed list, then the others by code. */
    private static Set<Department> inDeclaredOrder(Set<Department> departments) {
        return new TreeSet<>(departments);
    }

    /** Every order of the departments (at most 7! = 5,040), lazily, so a match stops the search. */
    private static Stream<List<Department>> orders(List<Department> departments) {
        if (departments.size() <= 1) {
            return Stream.of(departments);
        }
        return departments.stream().flatMap(first -> {
            List<Department> others = new ArrayList<>(departments);
            others.remove(first);
            return orders(others).map(rest -> {
                List<Department> order = new ArrayList<>(departments.size());
                order.add(first);
                order.addAll(rest);
                return order;
            });
        });
    }
}
