package io.accord.complaint.rest;

import io.accord.complaint.ComplaintTestProfile;
import io.accord.complaint.TestCustomers;
import io.accord.testsupport.SortedLists;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code GET /api/v1/complaints?sort=…}: the requested order across pages, or a 400 naming the fields it takes. */
@QuarkusTest
@TestProfile(ComplaintTestProfile.class)
class ComplaintSortingTest {

    private static final String LIST = "/api/v1/complaints";

    @Test
    void theMostSevereComeFirstNewestFirstWithinASeverityOnEveryPage() {
        UUID customer = TestCustomers.registered();
        for (String severity : List.of("MINOR", "CRITICAL", "MAJOR", "MINOR", "CRITICAL", "MINOR", "MAJOR")) {
            receive(customer, severity);
        }

        List<Map<String, Object>> walked = SortedLists.walk(ComplaintLifecycleTest.AUDITOR, LIST, "customerId=" + customer, 2,
                "severity,asc", "receivedAt,desc");

        assertEquals(List.of("CRITICAL", "CRITICAL", "MAJOR", "MAJOR", "MINOR", "MINOR", "MINOR"),
                walked.stream().map(c -> c.get("severity")).toList());
        SortedLists.assertSorted(walked, Comparator.comparing(SortedLists.text("severity"))
                .thenComparing(SortedLists.time("receivedAt"), Comparator.reverseOrder()), true);
    }

    @Test
    void aBadSortIsA400NamingTheFieldsTheListSortsBy() {
        SortedLists.refusesWhatItDoesNotSortBy(ComplaintLifecycleTest.AUDITOR, LIST,
                List.of("receivedAt", "severity", "status", "category", "ackDueAt", "resolutionDueAt"));
    }

    @Test
    void aCursorContinuesOnlyTheSortItWasGivenUnder() {
        UUID customer = TestCustomers.registered();
        receive(customer, "MAJOR");
        receive(customer, "MINOR");
        String next = given().header("Authorization", ComplaintLifecycleTest.AUDITOR)
                .get(LIST + "?customerId=" + customer + "&size=1&sort=severity,desc").then().statusCode(200).extract().path("next");

        given().header("Authorization", ComplaintLifecycleTest.AUDITOR)
                .get(LIST + "?customerId=" + customer + "&size=1&sort=receivedAt,asc&cursor=" + next)
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("cursor"));
        given().header("Authorization", ComplaintLifecycleTest.AUDITOR)
                .get(LIST + "?customerId=" + customer + "&size=1&sort=severity,desc&cursor=" + next)
                .then().statusCode(200).body("items[0].severity", equalTo("MAJOR"));
    }

    private static void receive(UUID customer, String severity) {
        given().header("Authorization", ComplaintLifecycleTest.SERVICE).contentType(ContentType.JSON).body("""
                        {"customerId": "%s", "channel": "PHONE", "category": "QUALITY", "severity": "%s", "description": "leaks"}
                        """.formatted(customer, severity))
                .post(LIST).then().statusCode(201);
    }
}
