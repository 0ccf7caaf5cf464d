package io.accord.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Changes rows as someone with the database's own keys could, past the triggers that refuse it to everybody else
 * ({@code session_replication_role = replica}, superuser only, this session only): for tests that prove such a change
 * is still found out (an audit entry edited or cut off is named by the chain's verification).
 */
public final class PastTheTriggers {

    private PastTheTriggers() {
    }

    /** Runs one statement with its parameters past the triggers; returns the rows it changed. */
    public static int execute(DataSource db, String sql, Object... parameters) throws SQLException {
        try (Connection connection = db.getConnection(); Statement session = connection.createStatement()) {
            session.execute("set session_replication_role = replica");
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                return statement.executeUpdate();
            } finally {
                session.execute("set session_replication_role = origin");
            }
        }
    }
}
