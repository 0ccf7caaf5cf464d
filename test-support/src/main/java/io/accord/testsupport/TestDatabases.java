package io.accord.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fresh databases on the real PostgreSQL (localhost:5432 or ACCORD_PG_HOST/ACCORD_PG_PORT, user postgres or
 * ACCORD_PG_USER). Every test run starts from an empty database that Flyway migrates.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static String host() {
        return env("ACCORD_PG_HOST", "localhost") + ":" + env("ACCORD_PG_PORT", "5432");
    }

    public static String user() {
        return env("ACCORD_PG_USER", "postgres");
    }

    public static String password() {
        return env("ACCORD_PG_PASSWORD", "");
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + "/" + database;
    }

    /** Drops (forcibly) and creates the database; returns its JDBC URL. */
    public static String recreate(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("unsafe database name " + database);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
            s.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + host() + " is needed by the tests: " + e.getMessage(), e);
        }
        return jdbcUrl(database);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
