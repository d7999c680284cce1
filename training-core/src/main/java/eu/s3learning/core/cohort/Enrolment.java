package eu.s3learning.core.cohort;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.Text;
import eu.s3learning.core.identity.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person's place in a cohort, from the request to the end of the training or a withdrawal. */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    public static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrolmentStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "enrolled_at")
    private Instant enrolledAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by")
    private Long endedBy;

    @Column(name = "end_reason", length = MAX_REASON)
    private String endReason;

    @Column(name = "wrap_up_override", length = MAX_REASON)
    private String wrapUpOverride;

    @Column(name = "wrap_up_override_by")
    private Long wrapUpOverrideBy;

    @Version
    private long version;

    protected Enrolment() {
    }

    Enrolment(Cohort cohort, Person person, Instant now) {
        this.cohort = cohort;
        this.person = person;
        this.requestedAt = now;
        this.status = EnrolmentStatus.PENDING;
    }

    /** Starts again after a withdrawal or refusal: the earlier request's place in line is not kept. */
    void requestAgain(Instant now) {
        if (status.active()) {
            throw new RuleViolation("error.enrolment.already");
        }
        this.status = EnrolmentStatus.PENDING;
        this.requestedAt = now;
        this.enrolledAt = null;
        this.endedAt = null;
        this.endedBy = null;
        this.endReason = null;
    }

    void admit(Instant now) {
        this.status = EnrolmentStatus.ENROLLED;
        this.enrolledAt = now;
    }

    void waitlist() {
        this.status = EnrolmentStatus.WAITLISTED;
    }

    void refuse(long trainerId, String reason, Instant now) {
        if (status != EnrolmentStatus.PENDING) {
            throw new RuleViolation("error.enrolment.notPending");
        }
        end(EnrolmentStatus.REFUSED, trainerId, Text.required(reason, MAX_REASON, "error.enrolment.reasonRequired"), now);
    }

    void withdraw(long actorId, String reason, Instant now) {
        if (!status.active()) {
            throw new RuleViolation("error.enrolment.notActive");
        }
        end(EnrolmentStatus.WITHDRAWN, actorId, Text.required(reason, MAX_REASON, "error.enrolment.reasonRequired"), now);
    }

    private void end(EnrolmentStatus outcome, long actorId, String reason, Instant now) {
        this.status = outcome;
        this.endedBy = actorId;
        this.endReason = reason;
        this.endedAt = now;
    }

    /** A trainer opens the wrap-up phase although the face-to-face days were not both attended. */
    void unlockWrapUp(long trainerId, String reason) {
        if (wrapUpOverride != null) {
            // Once only: the reason and who gave it stay as recorded.
            throw new RuleViolation("error.enrolment.wrapUpOpenAlready");
        }
        this.wrapUpOverride = Text.required(reason, MAX_REASON, "error.enrolment.reasonRequired");
        this.wrapUpOverrideBy = trainerId;
    }

    /**
     * Forgets what was written about the learner (why the enrolment ended, why a trainer opened the wrap-up) when
     * the person is erased. The facts stay as they were: an opened wrap-up stays open, so the journey reads the same.
     */
    public void eraseReasons() {
        if (endReason != null) {
            endReason = "";
        }
        if (wrapUpOverride != null) {
            wrapUpOverride = "";
        }
    }

    public Long id() {
        return id;
    }

    public Cohort cohort() {
        return cohort;
    }

    public Person person() {
        return person;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public boolean enrolled() {
        return status == EnrolmentStatus.ENROLLED;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endReason() {
        return endReason;
    }

    public boolean wrapUpUnlockedByTrainer() {
        return wrapUpOverride != null;
    }

    public String wrapUpOverride() {
        return wrapUpOverride;
    }

    /** The trainer who opened the wrap-up, when one did. */
    public Long wrapUpOverrideBy() {
        return wrapUpOverrideBy;
    }
}
