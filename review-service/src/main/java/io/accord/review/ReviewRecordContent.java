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
 * What a review record (产品要求评审表 / 订单确认表) says: what was reviewed and decided. At the decision its SHA-256 is
 * stored with the review and carried by the history's {@code decided} entry; every read hashes it again.
 *
 * <p>Its JSON form ({@link StoredJson}) is version {@value #VERSION}, and every stored hash depends on it: changing a
 * component, its name or its place (here or in the types it holds) would make every stored record look tampered
 * with. A new form is a new version, recorded per review in {@code record_version}. {@code ReviewRecordContentTest}
 * pins this form with hashes taken before it moved here from the API's view.
 */
public record ReviewRecordContent(String form, UUID reviewId, UUID requirementId, int requirementRevision, ReviewType type,
        int policyVersion, RequirementSummary requirement, List<String> routingReasons, Set<Department> requiredDepartments,
        List<Opinion> opinions, List<Risk> risks, Consolidation consolidation, OrderConfirmation orderConfirmation,
        DecisionRecord decision, OffsetDateTime openedAt) {

    /** This form: the departments in their declared order (the entity's set comes back from the database in any order). */
    public static final int VERSION = 1;

    /**
     * Records frozen before forms had versions ({@code record_version} is null): the same form, but the departments
     * were hashed in whatever order the deciding process's set happened to iterate, so any order of them counts.
     */
    public static final int VERSION_ANY_DEPARTMENT_ORDER = 0;

    public static ReviewRecordContent of(Review r) {
        return new ReviewRecordContent(r.type == ReviewType.FULL ? "产品要求评审表 (product requirement review)"
                : "订单确认表 (order confirmation)", r.id, r.requirementId, r.requirementRevision, r.type, r.policyVersion,
                r.requirement, r.routingReasons, inDeclaredOrder(r.requiredDepartments), r.opinions, r.risks,
                r.consolidation, r.orderConfirmation, r.decision, r.openedAt);
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
