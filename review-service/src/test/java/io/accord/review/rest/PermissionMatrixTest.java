package io.accord.review.rest;

import io.accord.review.ReviewTestProfile;
import io.accord.testsupport.PermissionMatrix;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** Every endpoint × every role of PROCESS.md §5, against the table in {@code permission-matrix.csv}. */
@QuarkusTest
@TestProfile(ReviewTestProfile.class)
class PermissionMatrixTest {

    @Test
    void everyRoleGetsExactlyWhatTheProcessGivesIt() {
        PermissionMatrix.verify("permission-matrix.csv");
    }
}
