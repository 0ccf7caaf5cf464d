package io.accord.gateway.service;

import io.accord.gateway.config.GatewayConfig;
import io.accord.infra.security.SecretTokens;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Single-use, short-lived tickets for the live event stream, kept in the gateway's database so that any replica can
 * take one and each is taken once (the delete that redeems it is atomic). Expiry is judged by the gateway's clock like
 * every other deadline (replicas keep their clocks in step; a skew of a second hardly matters to a 30-second ticket).
 * Expired tickets nobody redeemed are left to the retention job ({@link StreamTicketRetention}).
 */
@ApplicationScoped
public class StreamTickets {

    /** Recognisable in logs and secret scanners. */
    static final String PREFIX = "est_";

    /** Who a redeemed ticket stands for, and until when the token it was issued against is valid. */
    public record Holder(String principal, Set<String> roles, Instant tokenExpiresAt) {
    }

    /** A new ticket, shown once. */
    public record Issued(String ticket, Duration lifetime) {
    }

    private final AgroalDataSource database;
    private final Duration lifetime;
    private final Clock clock;

    public StreamTickets(AgroalDataSource database, GatewayConfig config, Clock clock) {
        this.database = database;
        this.lifetime = config.events().ticketLifetime();
        this.clock = clock;
    }

    public Issued issue(Holder holder) {
        SecretTokens.Issued ticket = SecretTokens.issue(PREFIX);
        OffsetDateTime now = OffsetDateTime.now(clock);
        try (Connection c = database.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("insert into stream_ticket "
                    + "(ticket_hash, principal, roles, token_expires_at, expires_at) values (?, ?, ?, ?, ?)")) {
                insert.setString(1, ticket.hash());
                insert.setString(2, holder.principal());
                insert.setString(3, String.join(",", holder.roles()));
                insert.setTimestamp(4, Timestamp.from(holder.tokenExpiresAt()));
                insert.setObject(5, now.plus(lifetime));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("stream tickets cannot be stored", e);
        }
        return new Issued(ticket.secret(), lifetime);
    }

    /** The holder of a valid ticket, which is used up by this call; empty for an unknown, used or expired one. */
    public Optional<Holder> redeem(String ticket) {
        if (ticket == null || !ticket.startsWith(PREFIX) || ticket.length() > 100) {
            return Optional.empty();
        }
        try (Connection c = database.getConnection();
                PreparedStatement delete = c.prepareStatement("delete from stream_ticket where ticket_hash = ? "
                        + "and expires_at > ? returning principal, roles, token_expires_at")) {
            delete.setString(1, SecretTokens.hash(ticket));
            delete.setObject(2, OffsetDateTime.now(clock));
            try (ResultSet row = delete.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Set<String> roles = Arrays.stream(row.getString(2).split(",")).filter(r -> !r.isBlank())
                        .collect(Collectors.toUnmodifiableSet());
                return Optional.of(new Holder(row.getString(1), roles, row.getTimestamp(3).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("stream tickets cannot be read", e);
        }
    }
}
