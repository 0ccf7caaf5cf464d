package io.accord.infra.security;

import java.util.Set;

/** The roles of PROCESS.md §5, as JWT {@code groups}; what each may do is in {@link Permissions}. */
public final class Roles {
    public static final String SALES = "SALES";
    public static final String SALES_MANAGER = "SALES_MANAGER";
    public static final String QUALITY = "QUALITY";
    public static final String PRODUCTION = "PRODUCTION";
    public static final String PROCUREMENT = "PROCUREMENT";
    public static final String TECHNICAL = "TECHNICAL";
    public static final String FINANCE = "FINANCE";
    public static final String LEGAL = "LEGAL";
    public static final String SAFETY_ENV = "SAFETY_ENV";
    public static final String GENERAL_MANAGER = "GENERAL_MANAGER";
    public static final String CUSTOMER_SERVICE = "CUSTOMER_SERVICE";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";
    public static final String ERP_CLIENT = "ERP_CLIENT";

    public static final Set<String> ALL = Set.of(SALES, SALES_MANAGER, QUALITY, PRODUCTION, PROCUREMENT, TECHNICAL,
            FINANCE, LEGAL, SAFETY_ENV, GENERAL_MANAGER, CUSTOMER_SERVICE, AUDITOR, ADMIN, ERP_CLIENT);

    private Roles() {
    }
}
