package eu.s3learning.core.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** What a trainer recorded for one seated trainee at one session; the last mark counts. */
@Entity
@Table(name = "attendance")
@IdClass(Attendance.Key.class)
public class Attendance {

    @Id
    @Column(name = "session_id")
    private Long sessionId;

    @Id
    @Column(name = "enrolment_id")
    private Long enrolmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttendanceStatus status;

    @Column(name = "marked_by", nullable = false)
    private Long markedBy;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    protected Attendance() {
    }

    Attendance(long sessionId, long enrolmentId) {
        this.sessionId = sessionId;
        this.enrolmentId = enrolmentId;
    }

    void mark(AttendanceStatus newStatus, long trainerId, Instant now) {
        this.status = newStatus;
        this.markedBy = trainerId;
        this.markedAt = now;
    }

    public Long sessionId() {
        return sessionId;
    }

    public Long enrolmentId() {
        return enrolmentId;
    }

    public AttendanceStatus status() {
        return status;
    }

    public Instant markedAt() {
        return markedAt;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long sessionId;
        private Long enrolmentId;

        public Key() {
        }

        public Key(Long sessionId, Long enrolmentId) {
            this.sessionId = sessionId;
            this.enrolmentId = enrolmentId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(sessionId, key.sessionId) && Objects.equals(enrolmentId, key.enrolmentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, enrolmentId);
        }
    }
}
