package eu.s3learning.core.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** That a notice went out (its mail was queued in the same transaction). */
@Entity
@Table(name = "notice_sent")
public class NoticeSent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NoticeKind kind;

    @Column(name = "enrolment_id", nullable = false)
    private Long enrolmentId;

    @Column(nullable = false, length = 100)
    private String reference;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected NoticeSent() {
    }

    NoticeSent(NoticeKind kind, long enrolmentId, String reference, Instant sentAt) {
        this.kind = kind;
        this.enrolmentId = enrolmentId;
        this.reference = reference;
        this.sentAt = sentAt;
    }
}
