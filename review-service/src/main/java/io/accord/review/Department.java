package io.accord.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
import java.util.Objects;

/**
 * A reviewing department, by its code in the department directory ({@link DepartmentEntry}): the directory says what
 * it is called, who signs for it and whether it is in use. It is written everywhere as its code alone (JSON, the
 * {@code review_department} rows, events, history), as the departments were written when they were a fixed list, so
 * every stored review, policy, event and record hash keeps its meaning.
 *
 * <p>The constants are the departments of PROCESS.md §1.4 the built-in routing rules name; any other (a branch office,
 * a project department) exists only in the directory.
 */
public record Department(String code) implements Comparable<Department> {

    public static final Department QUALITY = new Department("QUALITY");
    public static final Department PRODUCTION = new Department("PRODUCTION");
    public static final Department PROCUREMENT = new Department("PROCUREMENT");
    public static final Department TECHNICAL = new Department("TECHNICAL");
    public static final Department FINANCE = new Department("FINANCE");
    public static final Department LEGAL = new Department("LEGAL");
    public static final Department SAFETY_ENV = new Department("SAFETY_ENV");

    /**
     * The departments the routing rules name, in the order they were declared when they were a fixed list: the order
     * a review record's departments are hashed in (record form 1), so it must never change.
     */
    public static final List<Department> BUILT_IN = List.of(QUALITY, PRODUCTION, PROCUREMENT, TECHNICAL, FINANCE, LEGAL,
            SAFETY_ENV);

    public Department {
        Objects.requireNonNull(code, "code");
    }

    @JsonCreator
    public static Department of(String code) {
        return code == null ? null : new Department(code);
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    /** The code, under the name code written when departments were an enum still calls it by. */
    public String name() {
        return code;
    }

    public boolean builtIn() {
        return BUILT_IN.contains(this);
    }

    /** The built-in departments in their declared order, then the directory's others by code. */
    @Override
    public int compareTo(Department other) {
        int mine = BUILT_IN.indexOf(this);
        int theirs = BUILT_IN.indexOf(other);
        if (mine >= 0 || theirs >= 0) {
            return Integer.compare(mine < 0 ? Integer.MAX_VALUE : mine, theirs < 0 ? Integer.MAX_VALUE : theirs);
        }
        return code.compareTo(other.code);
    }

    /** The code, as messages and history details have always shown a department. */
    @Override
    public String toString() {
        return code;
    }
}
