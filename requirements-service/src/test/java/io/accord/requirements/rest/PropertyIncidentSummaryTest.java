package io.accord.requirements.rest;

import io.accord.requirements.RequirementsTestProfile;
import io.accord.requirements.TestData;
import io.accord.testsupport.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * The customer-property section of the management review: incidents of a period by property kind and incident type,
 * notified or not, over property stored as the service stores it (incident times as epoch seconds) in March 2001, a
 * period no other test writes into; and one incident reported through the API, counted in its own period.
 */
@QuarkusTest
@TestProfile(RequirementsTestProfile.class)
class PropertyIncidentSummaryTest {

    static final String QUALITY = TestTokens.bearer("q.zhang", "QUALITY");
    static final OffsetDateTime T = OffsetDateTime.parse("2001-03-01T08:00:00Z");

    @Inject
    AgroalDataSource db;

    @Test
    void incidentsOfAPeriodByKindAndTypeNotifiedOrNot() throws SQLException {
        String customer = TestData.newCustomer();
        // tooling: damaged (notified) and lost (not) in March, damaged in February (not counted)
        store(customer, "TOOLING", T.minusDays(40), incident(1, "DAMAGED", T.plusDays(1), true),
                incident(2, "LOST", T.plusDays(2), false), incident(3, "DAMAGED", T.minusDays(5), false));
        // material: unsuitable, not notified
        store(customer, "MATERIAL", T, incident(1, "UNSUITABLE", T.plusDays(3), false));
        // drawing without incidents, and material received after March
        store(customer, "DRAWING", T);
        store(customer, "MATERIAL", T.plusDays(40), incident(1, "LOST", T.plusDays(41), true));

        given().header("Authorization", QUALITY).queryParam("from", "2001-03-01").queryParam("to", "2001-03-31")
                .get("/api/v1/customer-property/incidents/summary").then().statusCode(200)
                .body("incidents", equalTo(3), "notified", equalTo(1), "notNotified", equalTo(2),
                        "byKind.TOOLING.incidents", equalTo(2), "byKind.TOOLING.notified", equalTo(1),
                        "byKind.MATERIAL.incidents", equalTo(1), "byKind.MATERIAL.notified", equalTo(0),
                        "byType.DAMAGED.incidents", equalTo(1), "byType.LOST.incidents", equalTo(1),
                        "byType.UNSUITABLE.incidents", equalTo(1), "rows.size()", equalTo(3),
                        "rows[0].kind", equalTo("MATERIAL"), "rows[0].type", equalTo("UNSUITABLE"));
    }

    @Test
    void anIncidentReportedThroughTheApiIsCountedInItsPeriod() {
        String customer = TestData.newCustomer();
        String id = given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("""
                {"customerId": "%s", "kind": "PACKAGING", "description": "returnable crates", "quantity": 40, "unit": "pcs"}
                """.formatted(customer)).post("/api/v1/customer-property").then().statusCode(201).extract().path("id");
        given().header("Authorization", QUALITY).contentType(ContentType.JSON).body("{\"result\": \"CONFORMING\", \"notes\": \"40 crates\"}")
                .post("/api/v1/customer-property/" + id + "/verification").then().statusCode(200);
        String reportedAt = given().header("Authorization", TestData.SALES).contentType(ContentType.JSON)
                .body("{\"type\": \"LOST\", \"description\": \"two crates missing\"}")
                .post("/api/v1/customer-property/" + id + "/incidents").then().statusCode(200).extract().path("incidents[0].reportedAt");
        OffsetDateTime at = OffsetDateTime.parse(reportedAt);
        given().header("Authorization", QUALITY).queryParam("from", at.minusSeconds(1).toString())
                .queryParam("to", at.plusSeconds(1).toString()).get("/api/v1/customer-property/incidents/summary")
                .then().statusCode(200)
                // the customer has a mail contact: the incident's notice went out by mail in its own transaction
                .body("byKind.PACKAGING.incidents", equalTo(1), "byType.LOST.notified", equalTo(1));
    }

    @Test
    void onlyTheManagementReviewReadsIt() {
        given().header("Authorization", TestData.SALES).get("/api/v1/customer-property/incidents/summary").then().statusCode(403);
        given().header("Authorization", QUALITY).queryParam("from", "2001-04-01").queryParam("to", "2001-03-01")
                .get("/api/v1/customer-property/incidents/summary").then().statusCode(400).body("violations[0].field", equalTo("to"));
    }

    private static String incident(int seq, String type, OffsetDateTime at, boolean notified) {
        String notice = notified ? "{\"method\":\"EMAIL\",\"reference\":\"M-1\",\"by\":\"li.na\",\"at\":" + at.plusHours(2).toEpochSecond() + "}" : "null";
        return "{\"seq\":%d,\"type\":\"%s\",\"description\":\"found\",\"reportedBy\":\"li.na\",\"reportedAt\":%d.000000000,\"customerNotified\":%s}"
                .formatted(seq, type, at.toEpochSecond(), notice);
    }

    private void store(String customer, String kind, OffsetDateTime received, String... incidents) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement("""
                insert into customer_property (id, customer_id, kind, description, quantity, unit, status, incidents,
                    received_by, received_at, version)
                values (?, ?, ?, 'seeded', 1, 'pcs', 'IN_CUSTODY', cast(? as jsonb), 'li.na', ?, 0)""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, UUID.fromString(customer));
            insert.setString(3, kind);
            insert.setString(4, "[" + String.join(",", incidents) + "]");
            insert.setObject(5, received);
            insert.executeUpdate();
        }
    }
}
