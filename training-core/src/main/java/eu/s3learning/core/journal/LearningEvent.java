package eu.s3learning.core.journal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something that happened to a learner, kept as it was: the source of statements and audit trails. */
@Entity
@Table(name = "learning_event")
public class LearningEvent {

    public static final int MAX_DETAIL = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private LearningEventType type;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "cohort_id")
    private Long cohortId;

    @Column(name = "enrolment_id")
    private Long enrolmentId;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(length = MAX_DETAIL)
    private String detail;

    protected LearningEvent() {
    }

    LearningEvent(Instant occurredAt, LearningEventType type, LearningEventSubject subject, Long actorId, String detail) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.personId = subject.personId();
        this.cohortId = subject.cohortId();
        this.enrolmentId = subject.enrolmentId();
        this.unitId = subject.unitId();
        this.sessionId = subject.sessionId();
        this.actorId = actorId;
        this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    }

    /** The id the database gave the row {@link JournalRows} wrote. */
    void identify(long id) {
        this.id = id;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public LearningEventType type() {
        return type;
    }

    public Long personId() {
        return personId;
    }

    public Long actorId() {
        return actorId;
    }

    public Long cohortId() {
        return cohortId;
    }

    public Long enrolmentId() {
        return enrolmentId;
    }

    public Long unitId() {
        return unitId;
    }

    public Long sessionId() {
        return sessionId;
    }

    public String detail() {
        return detail;
    }
}
