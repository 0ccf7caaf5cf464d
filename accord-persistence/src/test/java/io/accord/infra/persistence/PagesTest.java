package io.accord.infra.persistence;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a page already tells the total, nothing is counted (the database rows are tested in the services). */
class PagesTest {

    @Test
    void aPageWithoutARowAfterItEndsTheListSoItsEndIsTheTotal() {
        assertTrue(Pages.known(0, 0, false), "an empty list");
        assertTrue(Pages.known(40, 3, false), "the last, partly filled page");
    }

    @Test
    void aFullPageWithMoreAfterItOrAnEmptyPagePastTheEndNeedsACount() {
        assertFalse(Pages.known(0, 20, true));
        assertFalse(Pages.known(100, 0, false));
    }
}
