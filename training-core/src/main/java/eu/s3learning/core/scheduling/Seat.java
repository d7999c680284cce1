package eu.s3learning.core.scheduling;

import eu.s3learning.core.cohort.Enrolment;
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
import java.time.Duration;
import java.time.Instant;

/** A trainee's place at a live session: seated, waiting in arrival order, or left. */
@Entity
@Table(name = "session_seat")
public class Seat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "session_id")
    private LiveSession session;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SeatStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "seated_at")
    private Instant seatedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected Seat() {
    }

    Seat(LiveSession session, Enrolment enrolment, Instant now) {
        this.session = session;
        this.enrolment = enrolment;
        this.requestedAt = now;
        this.status = SeatStatus.LEFT;
    }

    /** Joins again after leaving: the place in line starts from now. */
    void request(Instant now) {
        this.requestedAt = now;
        this.endedAt = null;
    }

    void seat(Instant now) {
        this.status = SeatStatus.SEATED;
        this.seatedAt = now;
    }

    void waitlist() {
        this.status = SeatStatus.WAITLISTED;
    }

    void leave(Instant now) {
        this.status = SeatStatus.LEFT;
        this.endedAt = now;
    }

    public Long id() {
        return id;
    }

    public LiveSession session() {
        return session;
    }

    public Enrolment enrolment() {
        return enrolment;
    }

    public SeatStatus status() {
        return status;
    }

    public boolean holdsOrWaits() {
        return status != SeatStatus.LEFT;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    /** The session's meeting link for this place: only to the seated, and only from {@code lead} before the start. */
    public String meetingLinkAt(Instant now, Duration lead) {
        return status == SeatStatus.SEATED && session.linkVisibleAt(now, lead) ? session.meetingUrl() : null;
    }
}
