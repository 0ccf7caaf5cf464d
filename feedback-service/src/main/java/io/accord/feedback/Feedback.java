package io.accord.feedback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One piece of customer feedback (顾客满意信息记录表). Capture and analysis arrive with the feedback issue. */
@Entity
@Table(name = "feedback")
public class Feedback extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(nullable = false)
    public String channel;

    @Column(nullable = false)
    public String category;

    public Integer rating;

    @Column(columnDefinition = "text")
    public String text;

    @Column(name = "order_ref")
    public String orderRef;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Version
    public long version;
}
