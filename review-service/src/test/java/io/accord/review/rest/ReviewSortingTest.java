package io.accord.review.rest;

import io.accord.review.ReviewTestProfile;
import io.accord.review.Reviews;
import io.accord.testsupport.SortedLists;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code GET /api/v1/reviews?sort=…}: the requested order across pages, or a 400 naming the fields it takes. */
@QuarkusTest
@TestProfile(ReviewTestProfile.class)
class ReviewSortingTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void fullReviewsComeBeforeSimplifiedOnesNewestFirstWithinEachOnEveryPage() {
        UUID customer = UUID.randomUUID();
        for (boolean newCustomer : new boolean[]{true, false, true, false, true}) {
            String requirement = UUID.randomUUID().toString();
            String facts = Reviews.facts(requirement, 1, newCustomer, "ORDER", "1250.00", "", "", false, null, false)
                    .replaceFirst("\"customerId\":\"[^\"]+\"", "\"customerId\":\"" + customer + "\"");
            Reviews.publishAndAwait(bootstrap, requirement, 1, Reviews.event("requirement.submitted", requirement, 1, facts));
        }

        List<Map<String, Object>> walked = SortedLists.walk(Reviews.AUDITOR, "/api/v1/reviews", "customerId=" + customer, 2,
                "type,asc", "openedAt,desc");

        assertEquals(List.of("FULL", "FULL", "FULL", "SIMPLIFIED", "SIMPLIFIED"), walked.stream().map(r -> r.get("type")).toList());
        SortedLists.assertSorted(walked, Comparator.comparing(SortedLists.text("type"))
                .thenComparing(SortedLists.time("openedAt"), Comparator.reverseOrder()), true);
    }

    @Test
    void aBadSortIsA400NamingTheFieldsTheListSortsBy() {
        SortedLists.refusesWhatItDoesNotSortBy(Reviews.AUDITOR, "/api/v1/reviews", List.of("openedAt", "updatedAt", "status", "type"));
    }
}
