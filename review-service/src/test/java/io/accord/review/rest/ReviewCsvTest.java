package io.accord.review.rest;

import io.accord.review.ReviewTestProfile;
import io.accord.review.Reviews;
import io.accord.testsupport.CsvDownloads;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code GET /api/v1/reviews} as text/csv: the JSON list's rows in its order, headed and labelled in the reader's language. */
@QuarkusTest
@TestProfile(ReviewTestProfile.class)
class ReviewCsvTest {

    static final String PATH = "/api/v1/reviews";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void csvHoldsTheFilteredListsReviewsInItsOrderInEitherLanguage() {
        UUID customer = UUID.randomUUID();
        for (boolean newCustomer : new boolean[]{true, false, true}) {
            String requirement = UUID.randomUUID().toString();
            String facts = Reviews.facts(requirement, 1, newCustomer, "ORDER", "1250.00", "", "", false, null, false)
                    .replaceFirst("\"customerId\":\"[^\"]+\"", "\"customerId\":\"" + customer + "\"")
                    .replace("\"title\":\"Pump housings\"", "\"title\":\"泵壳体，加急\"");
            Reviews.publishAndAwait(bootstrap, requirement, 1, Reviews.event("requirement.submitted", requirement, 1, facts));
        }

        for (String query : List.of("customerId=" + customer, "customerId=" + customer + "&sort=type,asc",
                "customerId=" + customer + "&status=OPEN&sort=openedAt,asc")) {
            assertEquals(CsvDownloads.listedIds(Reviews.AUDITOR, PATH, query),
                    CsvDownloads.download(Reviews.AUDITOR, PATH, query, "en").ids(), query);
        }
        CsvDownloads.Csv chinese = CsvDownloads.download(Reviews.AUDITOR, PATH, "customerId=" + customer + "&sort=type,asc", "zh-CN");
        assertEquals(3, chinese.rows().size());
        assertEquals(List.of("泵壳体，加急", "泵壳体，加急", "泵壳体，加急"), chinese.column("标题"));
        assertEquals(List.of("完整评审", "完整评审", "简化评审（订单确认）"), chinese.column("评审类型"));
        assertEquals(List.of("1250.00", "1250.00", "1250.00"), chinese.column("总金额"));
        assertEquals("Review type", CsvDownloads.download(Reviews.AUDITOR, PATH, "customerId=" + customer, "en")
                .header().get(chinese.header().indexOf("评审类型")));
        given().header("Authorization", Reviews.AUDITOR).header("Accept", "text/csv").get(PATH + "?status=NOT_A_STATUS")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
    }
}
