package io.accord.complaint.rest;

import io.accord.complaint.ComplaintTestProfile;
import io.accord.testsupport.PermissionMatrix;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** Every endpoint × every role of PROCESS.md §5, against the table in {@code permission-matrix.csv}. */
@QuarkusTest
@TestProfile(ComplaintTestProfile.class)
class PermissionMatrixTest {

    @Test
    void everyRoleGetsExactlyWhatTheProcessGivesIt() {
        PermissionMatrix.verify("permission-matrix.csv");
    }
}
