package io.accord.review.rest;

import io.accord.review.Department;
import io.accord.review.Review;
import io.accord.review.ReviewRecordContent;
import io.accord.review.ReviewTestProfile;
import io.accord.review.Reviews;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

/** A frozen record is checked against the form it was frozen in, through what the database gives back. */
@QuarkusTest
@TestProfile(ReviewTestProfile.class)
class FrozenRecordTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aRecordFrozenBeforeRecordVersionsStillVerifiesAndATamperedOneDoesNot() {
        UUID review = UUID.fromString(decidedFullReview());
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review + "/record")
                .then().statusCode(200).body("frozen", is(true), "intact", is(true));

        // as the code before record versions left it: no version, the departments hashed in the order its set gave
        String legacyHash = QuarkusTransaction.requiringNew().call(() -> {
            ReviewRecordContent c = ReviewRecordContent.of(Review.findById(review));
            List<Department> reversed = new ArrayList<>(new TreeSet<>(c.requiredDepartments()));
            Collections.reverse(reversed);
            String hash = new ReviewRecordContent(c.form(), c.reviewId(), c.requirementId(), c.requirementRevision(), c.type(),
                    c.policyVersion(), c.requirement(), c.routingReasons(), new LinkedHashSet<>(reversed), c.opinions(),
                    c.risks(), c.consolidation(), c.orderConfirmation(), c.decision(), c.openedAt()).sha256();
            Review.getEntityManager().createNativeQuery("update review set record_hash = ?1, record_version = null where id = ?2")
                    .setParameter(1, hash).setParameter(2, review).executeUpdate();
            return hash;
        });
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review + "/record")
                .then().statusCode(200).body("contentHash", equalTo(legacyHash), "intact", is(true));

        QuarkusTransaction.requiringNew().run(() -> Review.getEntityManager().createNativeQuery(
                        "update review set consolidation = jsonb_set(consolidation, '{comment}', '\"all fine\"') where id = ?1")
                .setParameter(1, review).executeUpdate());
        given().header("Authorization", Reviews.AUDITOR).get("/api/v1/reviews/" + review + "/record")
                .then().statusCode(200).body("frozen", is(true), "intact", is(false));
    }

    private String decidedFullReview() {
        String review = Reviews.openReview(bootstrap);
        for (String department : List.of("QUALITY", "PRODUCTION", "PROCUREMENT")) {
            Reviews.opinion(review, department, "APPROVE");
        }
        Reviews.consolidate(review);
        given().header("Authorization", Reviews.GENERAL_MANAGER).contentType(ContentType.JSON)
                .body("{\"decision\": \"APPROVED\"}").post("/api/v1/reviews/" + review + "/decision")
                .then().statusCode(200);
        return review;
    }
}
