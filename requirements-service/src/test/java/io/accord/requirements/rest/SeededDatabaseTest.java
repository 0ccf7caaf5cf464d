package io.accord.requirements.rest;

import io.accord.requirements.RequirementsTestProfile;
import io.accord.requirements.TestData;
import io.accord.testsupport.AccordServiceResources;
import io.accord.testsupport.TestDatabases;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The benchmark seed (bench/seed.sql, run by {@code ./accord bench seed}) on a database Flyway migrated: its records
 * read like captured ones, their audit chains verify with the service's own hashing, and it refuses a second run.
 * Needs psql, as ./accord does.
 */
@QuarkusTest
@TestProfile(SeededDatabaseTest.Seeded.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeededDatabaseTest {

    static final String DATABASE = "accord_requirements_seed_test";

    /** A database of its own: the seeded records must not show up in other tests' lists. */
    public static class Seeded extends RequirementsTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(AccordServiceResources.class, Map.of("database", DATABASE)));
        }
    }

    private String firstRun;

    @BeforeAll
    void seed() throws Exception {
        firstRun = psql("-v", "n=330", "-v", "customers=3", "-f", seedFile());
    }

    @Test
    void everySeededChainVerifiesWithTheServicesOwnHashing() {
        JsonPath customers = given().header("Authorization", TestData.AUDITOR).get("/api/v1/customers?code=SEED-000002")
                .then().statusCode(200).extract().jsonPath();
        String customer = customers.getString("items[0].id");
        JsonPath page = given().header("Authorization", TestData.AUDITOR)
                .get("/api/v1/requirements?customerId=" + customer + "&size=200")
                .then().statusCode(200).body("total", equalTo(110), "totalExact", equalTo(true)).extract().jsonPath();

        for (String id : page.getList("items.id", String.class)) {
            given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements/" + id + "/history/verification")
                    .then().statusCode(200).body("intact", equalTo(true), "entries", greaterThan(0));
        }
    }

    @Test
    void seededRecordsReadLikeCapturedOnesWithTheirRevisionsAndHistory() {
        String id = given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements?status=DELIVERED&size=1")
                .then().statusCode(200).extract().path("items[0].id");

        given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements/" + id)
                .then().statusCode(200).body("status", equalTo("DELIVERED"), "title", startsWith("Seeded order"));
        given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements/" + id + "/revisions")
                .then().statusCode(200).body("size()", equalTo(1));
        given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements/" + id + "/history")
                .then().statusCode(200).body("action", equalTo(List.of("captured", "submitted", "review opened", "accepted", "delivered")));
    }

    @Test
    void aSecondSeedWritesNothingAndSaysSo() throws Exception {
        assertTrue(firstRun.contains("330"), firstRun);

        String again = psql("-v", "n=330", "-v", "customers=3", "-f", seedFile());

        assertTrue(again.contains("already seeded"), again);
        given().header("Authorization", TestData.AUDITOR).get("/api/v1/customers?size=200")
                .then().body("items.findAll { it.code.startsWith('SEED-') }.size()", equalTo(3));
    }

    private static String seedFile() {
        return Path.of("..", "bench", "seed.sql").toAbsolutePath().normalize().toString();
    }

    private static String psql(String... args) throws IOException, InterruptedException {
        String[] hostPort = TestDatabases.host().split(":");
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-h", hostPort[0], "-p", hostPort[1],
                "-U", TestDatabases.user(), "-d", DATABASE));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", TestDatabases.password());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
        return out;
    }
}
