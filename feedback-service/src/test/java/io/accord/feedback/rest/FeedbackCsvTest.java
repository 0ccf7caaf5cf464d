package io.accord.feedback.rest;

import io.accord.feedback.FeedbackTestProfile;
import io.accord.feedback.TestCustomers;
import io.accord.testsupport.CsvDownloads;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code GET /api/v1/feedback} as text/csv: the JSON list's rows in its order, headed and labelled in the reader's language. */
@QuarkusTest
@TestProfile(FeedbackTestProfile.class)
class FeedbackCsvTest {

    static final String PATH = "/api/v1/feedback";

    @Test
    void csvHoldsTheFilteredListsFeedbackInItsOrderInEitherLanguage() {
        UUID customer = TestCustomers.registered();
        FeedbackResourceTest.record(customer, "DELIVERY", 2, "交货晚了三天，包装破损");
        FeedbackResourceTest.record(customer, "QUALITY", 5, "+1 great");
        FeedbackResourceTest.record(customer, "DELIVERY", 4, null);

        for (String query : List.of("customerId=" + customer, "customerId=" + customer + "&category=DELIVERY",
                "customerId=" + customer + "&maxRating=4&sort=category,asc&sort=receivedAt,asc")) {
            assertEquals(CsvDownloads.listedIds(FeedbackResourceTest.AUDITOR, PATH, query),
                    CsvDownloads.download(FeedbackResourceTest.AUDITOR, PATH, query, "en").ids(), query);
        }
        String oldestFirst = "customerId=" + customer + "&sort=receivedAt,asc&sort=recordedAt,asc";
        CsvDownloads.Csv chinese = CsvDownloads.download(FeedbackResourceTest.AUDITOR, PATH, oldestFirst, "zh-CN");
        CsvDownloads.Csv english = CsvDownloads.download(FeedbackResourceTest.AUDITOR, PATH, oldestFirst, "en");
        assertEquals(List.of("交货晚了三天，包装破损", "'+1 great", ""), chinese.column("反馈内容"));
        assertEquals(List.of("2", "5", "4"), english.column("Rating"));
        assertEquals(List.of("编号", "顾客编号"), chinese.header().subList(0, 2));
        assertEquals(List.of("ID", "Customer ID"), english.header().subList(0, 2));
        given().header("Authorization", FeedbackResourceTest.AUDITOR).get(PATH + "?format=csv&maxRating=9")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
    }
}
