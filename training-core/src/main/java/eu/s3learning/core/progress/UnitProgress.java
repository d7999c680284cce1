package eu.s3learning.core.progress;

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

/** How far one enrolled learner is with one unit. No row means not started. */
@Entity
@Table(name = "unit_progress")
@IdClass(UnitProgress.Key.class)
public class UnitProgress {

    @Id
    @Column(name = "enrolment_id")
    private Long enrolmentId;

    @Id
    @Column(name = "unit_id")
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UnitProgressStatus status;

    @Column(name = "first_seen_at")
    private Instant firstSeenAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected UnitProgress() {
    }

    UnitProgress(long enrolmentId, long unitId, Instant now) {
        this.enrolmentId = enrolmentId;
        this.unitId = unitId;
        this.status = UnitProgressStatus.STARTED;
        this.firstSeenAt = now;
    }

    /** Returns whether this changed anything: completing twice is one completion. */
    boolean complete(Instant now) {
        if (status == UnitProgressStatus.COMPLETED) {
            return false;
        }
        status = UnitProgressStatus.COMPLETED;
        completedAt = now;
        return true;
    }

    /** A trainer corrects attendance from present to absent: the unit is no longer completed by it. */
    boolean reopen() {
        if (status != UnitProgressStatus.COMPLETED) {
            return false;
        }
        status = UnitProgressStatus.STARTED;
        completedAt = null;
        return true;
    }

    public Long enrolmentId() {
        return enrolmentId;
    }

    public Long unitId() {
        return unitId;
    }

    public UnitProgressStatus status() {
        return status;
    }

    public boolean completed() {
        return status == UnitProgressStatus.COMPLETED;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long enrolmentId;
        private Long unitId;

        public Key() {
        }

        public Key(Long enrolmentId, Long unitId) {
            this.enrolmentId = enrolmentId;
            this.unitId = unitId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(enrolmentId, key.enrolmentId) && Objects.equals(unitId, key.unitId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(enrolmentId, unitId);
        }
    }
}
