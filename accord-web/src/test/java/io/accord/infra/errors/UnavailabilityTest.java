package io.accord.infra.errors;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnavailabilityTest {

    @Test
    void aConnectionClosedWhileTheBodyWasReadIsTheClientGoneNotAServerFailure() {
        assertTrue(Unavailability.isClientGone(new UncheckedIOException(new IOException(new ClosedChannelException()))));
        assertTrue(Unavailability.isClientGone(new IllegalStateException(new RuntimeException("Connection was closed"))));
        assertFalse(Unavailability.isClientGone(new IllegalStateException("boom")));
        assertFalse(Unavailability.isClientGone(new SQLException("connection refused", "08001")));
    }

    @Test
    void aDatabaseThatCannotBeReachedIsUnavailable() {
        assertTrue(Unavailability.isDatabaseUnavailable(new RuntimeException(new SQLException("refused", "08001"))));
        assertTrue(Unavailability.isDatabaseUnavailable(new RuntimeException(new SQLTransientConnectionException("pool empty"))));
        assertTrue(Unavailability.isDatabaseUnavailable(new RuntimeException(new SQLNonTransientConnectionException("gone"))));
        assertTrue(Unavailability.isDatabaseUnavailable(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
        assertFalse(Unavailability.isDatabaseUnavailable(new RuntimeException(new SQLException("duplicate", "23505"))));
        assertTrue(Unavailability.isUniqueViolation(new RuntimeException(new SQLException("duplicate", "23505"))));
    }
}
