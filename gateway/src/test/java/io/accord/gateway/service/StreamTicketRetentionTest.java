package io.accord.gateway.service;

import io.accord.gateway.GatewayTestProfile;
import io.accord.infra.retention.RetentionJob;
import io.accord.infra.security.SecretTokens;
import io.accord.testsupport.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stream tickets nobody redeemed leave the gateway's database after their expiry; live ones stay and still work. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class StreamTicketRetentionTest {

    @Inject
    StreamTickets tickets;
    @Inject
    RetentionJob retention;
    @Inject
    MutableClock clock;
    @Inject
    DataSource db;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void anExpiredTicketIsPurgedALiveOneStaysRedeemable() throws SQLException {
        StreamTickets.Holder holder = new StreamTickets.Holder("su.sales", Set.of("SALES"), Instant.now().plusSeconds(3600));
        String forgotten = tickets.issue(holder).ticket();
        clock.advance(Duration.ofMinutes(2)); // its 30 s of life and the minute's window after them
        String live = tickets.issue(holder).ticket();

        retention.purgeExpired();

        assertEquals(0, stored(forgotten));
        assertEquals(1, stored(live));
        assertTrue(tickets.redeem(live).isPresent());
    }

    private int stored(String ticket) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from stream_ticket where ticket_hash = ?")) {
            s.setString(1, SecretTokens.hash(ticket));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
