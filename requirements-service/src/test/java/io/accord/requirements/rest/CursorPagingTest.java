package io.accord.requirements.rest;

import io.accord.requirements.Requirement;
import io.accord.requirements.RequirementsTestProfile;
import io.accord.requirements.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Lists continue with a cursor ({@code {items, next}}) exactly where the previous page ended, ties included. */
@QuarkusTest
@TestProfile(RequirementsTestProfile.class)
class CursorPagingTest {

    @Test
    void aCursorContinuesExactlyAfterThePreviousPageEvenAcrossEqualTimes() {
        String customer = TestData.newCustomer();
        for (int i = 0; i < 7; i++) {
            TestData.capture(customer);
        }
        // four records captured in the same microsecond: the page boundary falls among them
        OffsetDateTime same = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).withNano(0);
        List<String> tied = list(customer, "size=200").getList("items.id", String.class).subList(1, 5);
        QuarkusTransaction.requiringNew().run(() -> tied.forEach(id ->
                Requirement.update("createdAt = ?1 where id = ?2", same, UUID.fromString(id))));
        List<String> all = list(customer, "size=200").getList("items.id", String.class);

        List<String> walked = new ArrayList<>();
        JsonPath page = list(customer, "size=3");
        walked.addAll(page.getList("items.id", String.class));
        int pages = 1;
        while (page.getString("next") != null) {
            page = list(customer, "size=3&cursor=" + page.getString("next"));
            walked.addAll(page.getList("items.id", String.class));
            pages++;
        }

        assertEquals(all, walked, "every record once, in the list's order");
        assertEquals(7, new HashSet<>(walked).size());
        assertEquals(3, pages);
    }

    @Test
    void cursorModeAnswersOnlyItemsAndNextAndPageModeAlsoGivesTheNextCursor() {
        String customer = TestData.newCustomer();
        for (int i = 0; i < 3; i++) {
            TestData.capture(customer);
        }
        String next = given().header("Authorization", TestData.AUDITOR)
                .get("/api/v1/requirements?customerId=" + customer + "&size=2")
                .then().statusCode(200)
                .body("page", equalTo(0), "size", equalTo(2), "total", equalTo(3), "totalExact", equalTo(true))
                .extract().path("next");

        given().header("Authorization", TestData.AUDITOR)
                .get("/api/v1/requirements?customerId=" + customer + "&size=2&cursor=" + next)
                .then().statusCode(200)
                .body("items.size()", equalTo(1), "next", nullValue(), "$", hasKey("next"),
                        "$", not(hasKey("total")), "$", not(hasKey("page")));
    }

    @Test
    void aCursorThisListDidNotGiveIsA400NamingTheCursor() {
        for (String bad : List.of("garbage!", "YWJj", "YWJj.YWJj")) {
            given().header("Authorization", TestData.AUDITOR).get("/api/v1/requirements?cursor=" + bad)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("cursor"));
        }
    }

    @Test
    void theLastPageOfAListHasNoNextCursor() {
        String customer = TestData.newCustomer();
        TestData.capture(customer);
        assertNull(list(customer, "size=5").getString("next"));
    }

    private static JsonPath list(String customer, String query) {
        return given().header("Authorization", TestData.AUDITOR)
                .get("/api/v1/requirements?customerId=" + customer + "&" + query)
                .then().statusCode(200).extract().jsonPath();
    }
}
