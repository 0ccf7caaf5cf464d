package io.accord.infra.retention;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A table that grows with traffic and whose rows may go once their {@code timeColumn} is older than the window
 * configured under {@code accord.retention.window.<name>}. A module that owns such a table produces one of these
 * (a {@code @Produces @Singleton} method); {@link RetentionJob} purges every one it finds.
 *
 * @param name       the configuration key of its window, e.g. {@code inbox}
 * @param table      the table, e.g. {@code inbox_event}
 * @param timeColumn the {@code timestamptz} column a row's age is judged by (indexed, or every run scans the table)
 */
public record PurgeableTable(String name, String table, String timeColumn) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*");
    /** Kept for good whatever a module declares: the history is append-only, the outbox holds unpublished events. */
    private static final Set<String> NEVER_PURGED = Set.of("audit_entry", "outbox_event");

    public PurgeableTable {
        if (name == null || !KEY.matcher(name).matches()) {
            throw new IllegalArgumentException("retention name " + name + " is not a lower-case configuration key");
        }
        // both are written into SQL: only plain identifiers
        if (table == null || !IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException("unsafe table name " + table);
        }
        if (timeColumn == null || !IDENTIFIER.matcher(timeColumn).matches()) {
            throw new IllegalArgumentException("unsafe column name " + timeColumn);
        }
        if (NEVER_PURGED.contains(table)) {
            throw new IllegalArgumentException(table + " is never purged");
        }
    }

    /**
     * Deletes at most one batch (parameters: cutoff, batch size), oldest first. Each statement is its own short
     * transaction, so a purge never holds many locks for long; {@code skip locked} lets two replicas purging at once
     * take different rows instead of waiting for or deleting (and counting) the same ones.
     */
    String deleteBatch() {
        return "delete from " + table + " where ctid = any(array(select ctid from " + table
                + " where " + timeColumn + " < ? order by " + timeColumn + " limit ? for update skip locked))";
    }
}
