package eu.s3learning.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log: who did what to which account, from where. Never changed once written. */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    static final int MAX_DETAIL = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private SecurityEventType type;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(length = 254)
    private String email;

    @Column(name = "client_address", length = 45)
    private String clientAddress;

    @Column(length = MAX_DETAIL)
    private String detail;

    protected SecurityEvent() {
    }

    SecurityEvent(Instant occurredAt, SecurityEventType type, Long subjectId, Long actorId, String email,
                  String clientAddress, String detail) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.subjectId = subjectId;
        this.actorId = actorId;
        this.email = truncate(email, 254);
        this.clientAddress = truncate(clientAddress, 45);
        this.detail = truncate(detail, MAX_DETAIL);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public SecurityEventType type() {
        return type;
    }

    public Long subjectId() {
        return subjectId;
    }

    public Long actorId() {
        return actorId;
    }

    public String email() {
        return email;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public String detail() {
        return detail;
    }
}
