package io.accord.requirements.rest;

import io.accord.requirements.RequirementsTestProfile;
import io.accord.requirements.TestData;
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
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every requirements-service list takes {@code sort=…}: the requested order across pages, or a 400 naming its fields. */
@QuarkusTest
@TestProfile(RequirementsTestProfile.class)
class SortingTest {

    @Test
    void requirementsComeByStatusThenOldestFirstOnEveryPage() {
        String customer = TestData.newCustomer();
        for (int i = 0; i < 5; i++) {
            String id = TestData.capture(customer);
            if (i % 2 == 0) {
                given().header("Authorization", TestData.SALES).contentType(ContentType.JSON).body("{\"reason\": \"customer withdrew\"}")
                        .post("/api/v1/requirements/" + id + "/cancellation").then().statusCode(200);
            }
        }

        List<Map<String, Object>> walked = SortedLists.walk(TestData.AUDITOR, "/api/v1/requirements", "customerId=" + customer, 2,
                "status,asc", "createdAt,asc");

        assertEquals(List.of("CANCELLED", "CANCELLED", "CANCELLED", "CAPTURED", "CAPTURED"),
                walked.stream().map(r -> r.get("status")).toList());
        SortedLists.assertSorted(walked, Comparator.comparing(SortedLists.text("status"))
                .thenComparing(SortedLists.time("createdAt")), false);
    }

    @Test
    void customersComeByNameDescendingOnEveryPage() {
        String family = "Sortable " + UUID.randomUUID().toString().substring(0, 8);
        for (String name : List.of("Beta", "Delta", "Alpha", "Gamma", "Epsilon")) {
            given().header("Authorization", TestData.SALES).contentType(ContentType.JSON)
                    .body("{\"code\": \"%s\", \"name\": \"%s %s\"}".formatted(TestData.uniqueCode(), family, name))
                    .post("/api/v1/customers").then().statusCode(201);
        }

        List<Map<String, Object>> walked = SortedLists.walk(TestData.AUDITOR, "/api/v1/customers",
                "name=" + family.replace(' ', '+'), 2, "name,desc");

        assertEquals(List.of("Gamma", "Epsilon", "Delta", "Beta", "Alpha"),
                walked.stream().map(c -> c.get("name").toString().substring(family.length() + 1)).toList());
    }

    @Test
    void aBadSortIsA400NamingTheFieldsEachListSortsBy() {
        SortedLists.refusesWhatItDoesNotSortBy(TestData.AUDITOR, "/api/v1/requirements",
                List.of("createdAt", "updatedAt", "status", "source", "revision"));
        SortedLists.refusesWhatItDoesNotSortBy(TestData.AUDITOR, "/api/v1/customers", List.of("code", "name", "createdAt"));
        SortedLists.refusesWhatItDoesNotSortBy(TestData.AUDITOR, "/api/v1/customer-property", List.of("receivedAt", "status", "kind"));
    }
}
