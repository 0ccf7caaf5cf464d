package io.accord.infra.security;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static io.accord.infra.security.Roles.ADMIN;
import static io.accord.infra.security.Roles.AUDITOR;
import static io.accord.infra.security.Roles.CUSTOMER_SERVICE;
import static io.accord.infra.security.Roles.ERP_CLIENT;
import static io.accord.infra.security.Roles.FINANCE;
import static io.accord.infra.security.Roles.GENERAL_MANAGER;
import static io.accord.infra.security.Roles.LEGAL;
import static io.accord.infra.security.Roles.PROCUREMENT;
import static io.accord.infra.security.Roles.PRODUCTION;
import static io.accord.infra.security.Roles.QUALITY;
import static io.accord.infra.security.Roles.SAFETY_ENV;
import static io.accord.infra.security.Roles.SALES;
import static io.accord.infra.security.Roles.SALES_MANAGER;
import static io.accord.infra.security.Roles.TECHNICAL;

/**
 * The one table of who may do what (PROCESS.md §5). Endpoints name a permission with {@code @PermissionsAllowed};
 * {@link IdentityPermissions} grants each caller the permissions of its roles. Rules of the table: ADMIN manages the
 * review policy and the API clients and does no business work; AUDITOR holds every {@code :read} and
 * {@code :history} permission (machine-only {@code orders:read} aside) and nothing else; ERP_CLIENT reaches the
 * order API only. Finer rules stay in the code that knows the data (a reviewer signs only for its own department).
 */
public final class Permissions {

    // requirements-service
    public static final String CUSTOMERS_READ = "customers:read";
    public static final String CUSTOMERS_WRITE = "customers:write";
    public static final String CUSTOMERS_HISTORY = "customers:history";
    /** The record, its revisions and their diffs. */
    public static final String REQUIREMENTS_READ = "requirements:read";
    /** Capture, confirmation, discrepancy notes, submission, amendment, cancellation, delivery. */
    public static final String REQUIREMENTS_WRITE = "requirements:write";
    public static final String REQUIREMENTS_HISTORY = "requirements:history";
    public static final String PROPERTY_READ = "customer-property:read";
    /** Registering received property and reporting an incident with it. */
    public static final String PROPERTY_WRITE = "customer-property:write";
    public static final String PROPERTY_VERIFY = "customer-property:verify";
    public static final String PROPERTY_NOTIFY = "customer-property:notify";
    public static final String PROPERTY_RETURN = "customer-property:return";
    public static final String PROPERTY_HISTORY = "customer-property:history";
    /** Named like the machine clients' scopes: a machine token holds the one its request's method needs. */
    public static final String ORDERS_READ = "orders:read";
    public static final String ORDERS_WRITE = "orders:write";

    // review-service
    /** Reviews, their records (JSON and printable). */
    public static final String REVIEWS_READ = "reviews:read";
    public static final String REVIEWS_OPINION = "reviews:opinion";
    public static final String REVIEWS_RISK = "reviews:risk";
    public static final String REVIEWS_CONSOLIDATE = "reviews:consolidate";
    public static final String REVIEWS_CONFIRM_ORDER = "reviews:confirm-order";
    public static final String REVIEWS_DECIDE = "reviews:decide";
    public static final String REVIEWS_HISTORY = "reviews:history";
    public static final String REVIEW_POLICY_READ = "review-policy:read";
    public static final String REVIEW_POLICY_WRITE = "review-policy:write";
    /** The department directory: every member of staff reads it, administrators keep it. */
    public static final String DEPARTMENTS_READ = "departments:read";
    public static final String DEPARTMENTS_WRITE = "departments:write";
    public static final String DEPARTMENTS_HISTORY = "departments:history";
    /**
     * What a department's signing role may do in review-service when the role is not one of {@link Roles} (a branch
     * office or project department of the directory): review-service grants these itself, from its directory.
     */
    public static final Set<String> DEPARTMENT_REVIEWER = Set.of(REVIEWS_READ, REVIEWS_OPINION, REVIEWS_RISK,
            DEPARTMENTS_READ);

    // feedback-service
    /** Feedback records and their Pareto analysis. */
    public static final String FEEDBACK_READ = "feedback:read";
    public static final String FEEDBACK_WRITE = "feedback:write";
    public static final String FEEDBACK_HISTORY = "feedback:history";
    /** Survey templates and their invitations. */
    public static final String SURVEYS_READ = "surveys:read";
    public static final String SURVEYS_WRITE = "surveys:write";
    /** Inviting a customer, and issuing a new one-time token for an open invitation. */
    public static final String SURVEYS_INVITE = "surveys:invite";
    public static final String SURVEYS_HISTORY = "surveys:history";
    public static final String SATISFACTION_READ = "satisfaction:read";

    // complaint-service
    /** Complaints and their metrics. */
    public static final String COMPLAINTS_READ = "complaints:read";
    public static final String COMPLAINTS_WRITE = "complaints:write";
    /** What is done with the customer: acknowledgement, the customer's confirmation, withdrawal. */
    public static final String COMPLAINTS_HANDLE = "complaints:handle";
    public static final String COMPLAINTS_INVESTIGATE = "complaints:investigate";
    public static final String COMPLAINTS_RESOLVE = "complaints:resolve";
    public static final String COMPLAINTS_HISTORY = "complaints:history";
    public static final String ACTIONS_READ = "corrective-actions:read";
    public static final String ACTIONS_OPEN = "corrective-actions:open";
    public static final String ACTIONS_IMPLEMENT = "corrective-actions:implement";
    public static final String ACTIONS_VERIFY = "corrective-actions:verify";
    public static final String ACTIONS_HISTORY = "corrective-actions:history";

    // every service that sends mail, and the gateway's merged list
    public static final String NOTIFICATIONS_READ = "notifications:read";

    // gateway
    public static final String API_CLIENTS_READ = "api-clients:read";
    public static final String API_CLIENTS_WRITE = "api-clients:write";

    /** The departments that review and sign their own aspect (PROCESS.md §1.4). */
    private static final Set<String> DEPARTMENTS = Set.of(QUALITY, PRODUCTION, PROCUREMENT, TECHNICAL, FINANCE, LEGAL,
            SAFETY_ENV);
    private static final Set<String> STAFF = union(Set.of(SALES, SALES_MANAGER, GENERAL_MANAGER, CUSTOMER_SERVICE), DEPARTMENTS);

    /** Permission → the roles granted it. Read a row as "who may". */
    private static final Map<String, Set<String>> GRANTED = new LinkedHashMap<>();

    static {
        grant(CUSTOMERS_READ, union(STAFF, Set.of(AUDITOR)));
        grant(CUSTOMERS_WRITE, Set.of(SALES, SALES_MANAGER));
        grant(CUSTOMERS_HISTORY, Set.of(SALES, SALES_MANAGER, GENERAL_MANAGER, AUDITOR));
        grant(REQUIREMENTS_READ, union(STAFF, Set.of(AUDITOR)));
        grant(REQUIREMENTS_WRITE, Set.of(SALES, SALES_MANAGER));
        grant(REQUIREMENTS_HISTORY, Set.of(SALES, SALES_MANAGER, GENERAL_MANAGER, AUDITOR));
        grant(PROPERTY_READ, Set.of(SALES, SALES_MANAGER, QUALITY, PRODUCTION, PROCUREMENT, TECHNICAL, GENERAL_MANAGER,
                CUSTOMER_SERVICE, AUDITOR));
        grant(PROPERTY_WRITE, Set.of(SALES, SALES_MANAGER, QUALITY, PRODUCTION, PROCUREMENT));
        grant(PROPERTY_VERIFY, Set.of(SALES, SALES_MANAGER, QUALITY));
        grant(PROPERTY_NOTIFY, Set.of(SALES, SALES_MANAGER, CUSTOMER_SERVICE));
        grant(PROPERTY_RETURN, Set.of(SALES, SALES_MANAGER, PRODUCTION));
        grant(PROPERTY_HISTORY, Set.of(SALES, SALES_MANAGER, QUALITY, GENERAL_MANAGER, AUDITOR));
        grant(ORDERS_READ, Set.of(ERP_CLIENT));
        grant(ORDERS_WRITE, Set.of(ERP_CLIENT));

        grant(REVIEWS_READ, union(DEPARTMENTS, Set.of(SALES, SALES_MANAGER, GENERAL_MANAGER, AUDITOR)));
        grant(REVIEWS_OPINION, DEPARTMENTS);
        grant(REVIEWS_RISK, union(DEPARTMENTS, Set.of(SALES_MANAGER)));
        grant(REVIEWS_CONSOLIDATE, Set.of(SALES_MANAGER));
        grant(REVIEWS_CONFIRM_ORDER, Set.of(SALES_MANAGER));
        grant(REVIEWS_DECIDE, Set.of(GENERAL_MANAGER));
        grant(REVIEWS_HISTORY, Set.of(SALES_MANAGER, GENERAL_MANAGER, AUDITOR));
        grant(REVIEW_POLICY_READ, Set.of(ADMIN, AUDITOR));
        grant(REVIEW_POLICY_WRITE, Set.of(ADMIN));
        grant(DEPARTMENTS_READ, union(STAFF, Set.of(AUDITOR, ADMIN)));
        grant(DEPARTMENTS_WRITE, Set.of(ADMIN));
        grant(DEPARTMENTS_HISTORY, Set.of(ADMIN, AUDITOR));

        Set<String> customerFacing = Set.of(SALES, SALES_MANAGER, CUSTOMER_SERVICE, QUALITY);
        Set<String> customerFacingAndOversight = union(customerFacing, Set.of(GENERAL_MANAGER, AUDITOR));
        Set<String> historyReaders = Set.of(SALES_MANAGER, CUSTOMER_SERVICE, QUALITY, GENERAL_MANAGER, AUDITOR);
        grant(FEEDBACK_READ, customerFacingAndOversight);
        grant(FEEDBACK_WRITE, customerFacing);
        grant(FEEDBACK_HISTORY, historyReaders);
        grant(SURVEYS_READ, customerFacingAndOversight);
        grant(SURVEYS_WRITE, Set.of(SALES_MANAGER, CUSTOMER_SERVICE, QUALITY));
        grant(SURVEYS_INVITE, Set.of(SALES, SALES_MANAGER, CUSTOMER_SERVICE));
        grant(SURVEYS_HISTORY, historyReaders);
        grant(SATISFACTION_READ, customerFacingAndOversight);

        grant(COMPLAINTS_READ, customerFacingAndOversight);
        grant(COMPLAINTS_WRITE, customerFacing);
        grant(COMPLAINTS_HANDLE, Set.of(SALES, SALES_MANAGER, CUSTOMER_SERVICE));
        grant(COMPLAINTS_INVESTIGATE, Set.of(QUALITY, CUSTOMER_SERVICE, PRODUCTION, TECHNICAL));
        grant(COMPLAINTS_RESOLVE, Set.of(QUALITY, CUSTOMER_SERVICE, SALES_MANAGER));
        grant(COMPLAINTS_HISTORY, historyReaders);
        grant(ACTIONS_READ, Set.of(SALES_MANAGER, CUSTOMER_SERVICE, QUALITY, PRODUCTION, TECHNICAL, PROCUREMENT,
                GENERAL_MANAGER, AUDITOR));
        grant(ACTIONS_OPEN, Set.of(QUALITY, CUSTOMER_SERVICE, PRODUCTION, TECHNICAL));
        grant(ACTIONS_IMPLEMENT, Set.of(QUALITY, CUSTOMER_SERVICE, PRODUCTION, TECHNICAL, PROCUREMENT));
        // the effectiveness check is the quality department's
        grant(ACTIONS_VERIFY, Set.of(QUALITY));
        grant(ACTIONS_HISTORY, historyReaders);

        // who was mailed what and whether it arrived: every member of staff (never a machine client)
        grant(NOTIFICATIONS_READ, union(STAFF, Set.of(AUDITOR, ADMIN)));

        grant(API_CLIENTS_READ, Set.of(ADMIN, AUDITOR));
        grant(API_CLIENTS_WRITE, Set.of(ADMIN));
    }

    private Permissions() {
    }

    /** Everything the given roles may do together; unknown roles grant nothing. */
    public static Set<String> of(Set<String> roles) {
        Set<String> granted = new HashSet<>();
        GRANTED.forEach((permission, holders) -> {
            if (holders.stream().anyMatch(roles::contains)) {
                granted.add(permission);
            }
        });
        return granted;
    }

    /** Every permission of the table, for checks of the table itself. */
    public static Set<String> all() {
        return Set.copyOf(GRANTED.keySet());
    }

    private static void grant(String permission, Set<String> roles) {
        if (GRANTED.put(permission, Set.copyOf(roles)) != null) {
            throw new IllegalStateException("granted twice: " + permission);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
