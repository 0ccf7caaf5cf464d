package io.accord.complaint.rest;

import io.accord.complaint.ComplaintTestProfile;
import io.accord.complaint.TestCustomers;
import io.accord.testsupport.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import static io.accord.complaint.rest.ComplaintLifecycleTest.AUDITOR;
import static io.accord.complaint.rest.ComplaintLifecycleTest.QUALITY;
import static io.accord.complaint.rest.ComplaintLifecycleTest.SERVICE;
import static io.accord.complaint.rest.ComplaintLifecycleTest.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** The analyses feedback has, for complaints: a Pareto by category, product code or root cause, and the trend. */
@QuarkusTest
@TestProfile(ComplaintTestProfile.class)
class ComplaintAnalysesTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    private static String receive(UUID customer, String category, String productCode) {
        return post(SERVICE, "/api/v1/complaints", """
                {"customerId": "%s", "channel": "EMAIL", "category": "%s", "severity": "MINOR", "description": "d", "productCode": %s}
                """.formatted(customer, category, productCode == null ? "null" : "\"" + productCode + "\"")).statusCode(201)
                .extract().path("id");
    }

    private static void investigated(String id, String rootCause) {
        post(SERVICE, "/api/v1/complaints/" + id + "/acknowledgement", null).statusCode(200);
        post(QUALITY, "/api/v1/complaints/" + id + "/investigation", "{\"rootCause\": \"%s\", \"containment\": \"c\"}".formatted(rootCause))
                .statusCode(200);
    }

    @Test
    void theParetoRanksProductsAndRootCausesAndSaysHowManyHaveNone() {
        UUID customer = TestCustomers.registered();
        for (String product : List.of("PH-200", "PH-200", "PH-200", "V-10", "V-10", "M-3")) {
            receive(customer, "QUALITY", product);
        }
        investigated(receive(customer, "DELIVERY", null), "carrier dropped the pallet");
        investigated(receive(customer, "DELIVERY", null), "carrier dropped the pallet");
        investigated(receive(customer, "QUALITY", "M-3"), "porous casting");

        given().header("Authorization", AUDITOR).queryParam("by", "productCode").queryParam("customerId", customer.toString())
                .get("/api/v1/complaints/pareto").then().statusCode(200)
                .body("by", equalTo("productCode"), "total", equalTo(7), "unrecorded", equalTo(2))
                .body("values.value", contains("PH-200", "M-3", "V-10"))
                .body("values.count", contains(3, 2, 2))
                .body("values.cumulativePercent", contains(42.9f, 71.4f, 100.0f));
        given().header("Authorization", AUDITOR).queryParam("by", "rootCause").queryParam("customerId", customer.toString())
                .get("/api/v1/complaints/pareto").then().statusCode(200)
                .body("total", equalTo(3), "unrecorded", equalTo(6))
                .body("values.value", contains("carrier dropped the pallet", "porous casting"))
                .body("values.percent", contains(66.7f, 33.3f));
        given().header("Authorization", AUDITOR).queryParam("customerId", customer.toString()).get("/api/v1/complaints/pareto")
                .then().statusCode(200).body("by", equalTo("category"), "values.value", contains("QUALITY", "DELIVERY"),
                        "values.count", contains(7, 2), "unrecorded", equalTo(0));
        given().header("Authorization", AUDITOR).queryParam("by", "severity").get("/api/v1/complaints/pareto").then()
                .statusCode(400).body("violations.field", hasItem("by"));
    }

    @Test
    void theTrendCountsEachPeriodsComplaintsTheResolvedAndTheLate() {
        // the first day of next month and the one after: two monthly periods, whatever today is
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime nextMonth = now.with(TemporalAdjusters.firstDayOfNextMonth()).withHour(9).withMinute(0).withSecond(0).withNano(0);
        clock.advance(Duration.between(now, nextMonth));
        UUID customer = TestCustomers.registered();
        String quick = receive(customer, "QUALITY", "PH-200");
        investigated(quick, "r");
        clock.advance(Duration.ofHours(6));
        post(QUALITY, "/api/v1/complaints/" + quick + "/resolution", "{\"summary\": \"s\", \"remedy\": \"REPAIR\"}").statusCode(200);
        receive(customer, "QUALITY", "PH-200"); // never acknowledged: late a day later
        clock.advance(Duration.ofDays(40));
        receive(customer, "PRICE", null);

        given().header("Authorization", AUDITOR).queryParam("customerId", customer.toString()).get("/api/v1/complaints/trend").then()
                .statusCode(200).body("interval", equalTo("month"))
                .body("points.period", contains(label(nextMonth), label(nextMonth.plusDays(40))))
                .body("points.received", contains(2, 1))
                .body("points.resolved", contains(1, 0))
                .body("points.slaBreached", contains(1, 0))
                .body("points[0].meanHoursToResolve", equalTo(6.0f), "points[1].meanHoursToResolve", nullValue());
        given().header("Authorization", AUDITOR).queryParam("customerId", customer.toString()).queryParam("interval", "quarter")
                .queryParam("category", "PRICE").get("/api/v1/complaints/trend").then().statusCode(200)
                .body("interval", equalTo("quarter"), "points.received", contains(1));
        given().header("Authorization", AUDITOR).queryParam("interval", "day").get("/api/v1/complaints/trend").then()
                .statusCode(400).body("violations.field", hasItem("interval"));
    }

    private static String label(OffsetDateTime at) {
        OffsetDateTime utc = at.withOffsetSameInstant(ZoneOffset.UTC);
        return "%d-%02d".formatted(utc.getYear(), utc.getMonthValue());
    }
}
