package io.accord.feedback.rest;

import io.accord.feedback.FeedbackTestProfile;
import io.accord.feedback.TestCustomers;
import io.accord.testsupport.SortedLists;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every feedback-service list takes {@code sort=…}: the requested order across pages, or a 400 naming its fields. */
@QuarkusTest
@TestProfile(FeedbackTestProfile.class)
class FeedbackSortingTest {

    @Test
    void feedbackComesByCategoryThenOldestFirstOnEveryPage() {
        UUID customer = TestCustomers.registered();
        for (String category : List.of("SERVICE", "DELIVERY", "QUALITY", "DELIVERY", "PRICE", "QUALITY")) {
            FeedbackResourceTest.record(customer, category, 4, null);
        }

        List<Map<String, Object>> walked = SortedLists.walk(FeedbackResourceTest.AUDITOR, "/api/v1/feedback",
                "customerId=" + customer, 4, "category,asc", "receivedAt,asc");

        assertEquals(List.of("DELIVERY", "DELIVERY", "PRICE", "QUALITY", "QUALITY", "SERVICE"),
                walked.stream().map(f -> f.get("category")).toList());
        SortedLists.assertSorted(walked, Comparator.comparing(SortedLists.text("category"))
                .thenComparing(SortedLists.time("receivedAt")), false);
    }

    @Test
    void aBadSortIsA400NamingTheFieldsEachListSortsBy() {
        String survey = SurveyFlowTest.survey();
        SortedLists.refusesWhatItDoesNotSortBy(FeedbackResourceTest.AUDITOR, "/api/v1/feedback",
                List.of("receivedAt", "recordedAt", "category", "channel"));
        SortedLists.refusesWhatItDoesNotSortBy(FeedbackResourceTest.AUDITOR, "/api/v1/surveys", List.of("createdAt", "title", "purpose"));
        SortedLists.refusesWhatItDoesNotSortBy(FeedbackResourceTest.AUDITOR, "/api/v1/surveys/" + survey + "/invitations",
                "/api/v1/surveys/{id}/invitations", List.of("sentAt", "expiresAt"));
        SortedLists.refusesWhatItDoesNotSortBy(FeedbackResourceTest.AUDITOR, "/api/v1/surveys/" + survey + "/responses",
                "/api/v1/surveys/{id}/responses", List.of("respondedAt"));
    }
}
