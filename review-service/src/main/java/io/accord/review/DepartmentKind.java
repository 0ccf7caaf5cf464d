package io.accord.review;

/** What sort of unit a department is; all review alike, the kind tells a reader of the record who signed. */
public enum DepartmentKind {
    /** A functional department of the head office (质量部, 生产部, …). */
    FUNCTIONAL,
    /** A branch office (分公司). */
    BRANCH_OFFICE,
    /** A project department (项目部), judging whether it can carry out the contract's terms on its project. */
    PROJECT_DEPARTMENT
}
