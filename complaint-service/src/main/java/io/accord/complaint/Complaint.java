package io.accord.complaint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A customer complaint. The lifecycle, SLA clock and corrective actions arrive with the complaint issue. */
@Entity
@Table(name = "complaint")
public class Complaint extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(nullable = false)
    public String channel;

    @Column(nullable = false)
    public String category;

    @Column(nullable = false)
    public String severity;

    @Column(nullable = false)
    public String status;

    @Column(columnDefinition = "text", nullable = false)
    public String description;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Version
    public long version;
}
