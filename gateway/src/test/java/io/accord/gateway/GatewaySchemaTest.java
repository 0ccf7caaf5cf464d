package io.accord.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schema the gateway gives a fresh database: its own tables and the audit history of machine clients, but no
 * outbox or inbox (it publishes no domain events and applies none).
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class GatewaySchemaTest {

    @Inject
    DataSource db;

    @Test
    void aFreshDatabaseHasTheAuditTableButNoOutboxOrInbox() throws SQLException {
        List<String> tables = tables();

        assertTrue(tables.containsAll(List.of("api_client", "stream_ticket", "audit_entry")), tables.toString());
        assertFalse(tables.contains("outbox_event"), tables.toString());
        assertFalse(tables.contains("inbox_event"), tables.toString());
    }

    @Test
    void theAuditHistoryStaysAppendOnly() throws SQLException {
        assertTrue(auditIsAppendOnly(db));
    }

    /** UPDATE and DELETE refused row by row, TRUNCATE by a statement trigger (db/accord-audit V0_5). */
    static boolean auditIsAppendOnly(DataSource db) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from pg_trigger where tgname in "
                        + "('audit_entry_no_update_or_delete', 'audit_entry_no_truncate')")) {
            rs.next();
            return rs.getInt(1) == 2;
        }
    }

    private List<String> tables() throws SQLException {
        return tables(db);
    }

    static List<String> tables(DataSource db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select table_name from information_schema.tables"
                        + " where table_schema = current_schema() order by table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }
}
