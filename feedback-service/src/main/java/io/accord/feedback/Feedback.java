package io.accord.feedback;

import io.accord.feedback.events.FeedbackEventTypes;
import io.accord.feedback.events.FeedbackReceived;
import io.accord.infra.changes.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * One piece of customer feedback (顾客满意信息记录表), from any channel. Feedback rated at or below the escalation
 * threshold is negative: it is escalated once, and the complaint-service opens a complaint from that event.
 */
@Entity
@Table(name = "feedback")
public class Feedback extends Aggregate {

    public static final String AGGREGATE = "feedback";

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FeedbackChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FeedbackCategory category;

    /** 1 (very dissatisfied) to 5 (very satisfied); feedback without a rating is allowed. */
    public Integer rating;

    @Column(columnDefinition = "text")
    public String text;

    @Column(name = "order_ref")
    public String orderRef;

    /** When the customer gave it (may be earlier than when it was recorded). */
    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(nullable = false)
    public boolean escalated;

    @Version
    public long version;

    public static Feedback record(UUID customerId, FeedbackChannel channel, FeedbackCategory category, Integer rating,
            String text, String orderRef, OffsetDateTime receivedAt, String recordedBy, OffsetDateTime now) {
        Feedback f = new Feedback();
        f.id = UUID.randomUUID();
        f.customerId = customerId;
        f.channel = channel;
        f.category = category;
        f.rating = rating;
        f.text = text;
        f.orderRef = orderRef;
        f.recordedAt = now;
        f.receivedAt = receivedAt == null ? f.recordedAt : receivedAt;
        f.recordedBy = recordedBy;
        FeedbackReceived received = f.asEvent();
        f.change("recorded").detail(received).event(FeedbackEventTypes.RECEIVED, received).record();
        return f;
    }

    /**
     * Marks negative feedback as escalated; true only the first time, so the complaint it leads to is opened once.
     */
    public boolean escalateIfAtOrBelow(int threshold) {
        if (escalated || rating == null || rating > threshold) {
            return false;
        }
        escalated = true;
        change("escalated").detail(Map.of("rating", rating, "threshold", threshold))
                .event(FeedbackEventTypes.ESCALATED, asEvent()).record();
        return true;
    }

    /** The feedback as recorded: the data of {@code feedback.received} and of {@code feedback.escalated}. */
    private FeedbackReceived asEvent() {
        return new FeedbackReceived(id, customerId, channel.name(), category.name(), rating, text, orderRef, receivedAt);
    }

    @Override
    public String aggregateType() {
        return AGGREGATE;
    }

    @Override
    public UUID aggregateId() {
        return id;
    }
}
