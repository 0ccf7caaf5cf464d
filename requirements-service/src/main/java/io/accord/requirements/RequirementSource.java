package io.accord.requirements;

public enum RequirementSource {
    CONTRACT_DRAFT, TECHNICAL_AGREEMENT, TENDER, ORDER, VERBAL_ORDER, ERP_ORDER;

    /** Not given in writing: must be confirmed with the customer before it can be submitted (PROCESS.md §1.2). */
    public boolean isUnwritten() {
        return this == VERBAL_ORDER;
    }
}
