package io.accord.gateway;

import io.accord.testsupport.TestDatabases;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.SQLException;
import java.util.List;

import static io.accord.gateway.GatewaySchemaTest.auditIsAppendOnly;
import static io.accord.gateway.GatewaySchemaTest.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A gateway database created before the infrastructure was split (db/accord-infra V0_1: outbox, inbox and audit
 * table in one migration) keeps migrating and validating under today's settings, and loses its unused outbox and
 * inbox. Flyway runs as the gateway's Quarkus configures it, from the same properties, without starting the app.
 */
class GatewaySchemaUpgradeTest {

    /** The combined migration every gateway database got until the split; accord-messaging keeps it byte-identical. */
    static final String BEFORE_THE_SPLIT = "filesystem:../accord-messaging/src/main/resources/db/accord-infra";

    @Test
    void aDatabaseFromBeforeTheSplitMigratesAndStaysValid() throws SQLException {
        PGSimpleDataSource db = database("accord_gateway_upgrade_test");
        Flyway.configure().dataSource(db).locations("classpath:db/migration", BEFORE_THE_SPLIT).target("2").load().migrate();

        Flyway today = gatewayFlyway(db);
        today.migrate();

        assertTrue(today.validateWithResult().validationSuccessful);
        assertEquals(0, today.migrate().migrationsExecuted, "the next start has nothing left to apply");
        List<String> tables = tables(db);
        assertTrue(tables.containsAll(List.of("api_client", "stream_ticket", "audit_entry")), tables.toString());
        assertFalse(tables.contains("outbox_event"), tables.toString());
        assertFalse(tables.contains("inbox_event"), tables.toString());
        assertTrue(auditIsAppendOnly(db));
    }

    /** The gateway's application.properties over the infrastructure modules' defaults, as Quarkus reads them. */
    private static Flyway gatewayFlyway(PGSimpleDataSource db) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDefaultSources().build();
        return Flyway.configure().dataSource(db)
                .locations(config.getValues("quarkus.flyway.locations", String.class).toArray(String[]::new))
                .outOfOrder(config.getValue("quarkus.flyway.out-of-order", Boolean.class))
                .ignoreMigrationPatterns(config.getValues("quarkus.flyway.ignore-migration-patterns", String.class)
                        .toArray(String[]::new))
                .load();
    }

    private static PGSimpleDataSource database(String name) {
        PGSimpleDataSource db = new PGSimpleDataSource();
        db.setURL(TestDatabases.recreate(name));
        db.setUser(TestDatabases.user());
        db.setPassword(TestDatabases.password());
        return db;
    }
}
