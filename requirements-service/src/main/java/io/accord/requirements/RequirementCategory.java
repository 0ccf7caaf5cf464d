package io.accord.requirements;

/** The categories of PROCESS.md §1.1. */
public enum RequirementCategory {
    STATED, IMPLIED, STATUTORY, CUSTOMER_PROPERTY, EMERGENCY, COMPANY_ADDITIONAL
}
