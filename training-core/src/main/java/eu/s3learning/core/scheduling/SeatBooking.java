package eu.s3learning.core.scheduling;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.cohort.CohortAccess;
import eu.s3learning.core.cohort.Cohorts;
import eu.s3learning.core.cohort.Enrolment;
import eu.s3learning.core.cohort.EnrolmentEnded;
import eu.s3learning.core.journal.LearningEventSubject;
import eu.s3learning.core.journal.LearningEventType;
import eu.s3learning.core.journal.LearningJournal;
import eu.s3learning.core.mail.MailKind;
import eu.s3learning.core.progress.LearnerProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Trainees' places at live sessions. The enrolment's row is locked first, then the session's:
 * one trainee's requests run one at a time (no two overlapping seats), and one session's seats
 * are counted and given out one request at a time (the last seat goes to exactly one of two
 * trainees asking at once; the other waits, first come first served). When a seat frees, the
 * first in line takes it and is told by mail.
 */
@ApplicationScoped
@Transactional
public class SeatBooking {

    @Inject
    Sessions sessions;

    @Inject
    Cohorts cohorts;

    @Inject
    CohortAccess access;

    @Inject
    LearnerProgress progress;

    @Inject
    LearningJournal journal;

    @Inject
    SessionNotices notices;

    @Inject
    Clock clock;

    /** A trainee signs up: seated while places remain, otherwise on the waiting list. */
    public Seat signUp(long personId, long sessionId) {
        LiveSession session = sessions.byId(sessionId);
        Enrolment enrolment = cohorts.enrolment(session.cohort().id(), personId)
                .orElseThrow(() -> new RuleViolation("error.enrolment.notActive"));
        cohorts.lockEnrolment(enrolment.id());
        if (!progress.journeyOf(enrolment).unlocks(session.unitId())) {
            throw new RuleViolation("error.session.phaseLocked");
        }
        return take(enrolment, sessions.lock(sessionId), personId, true);
    }

    /** A trainer signs a trainee up; the preparation gate is the trainer's call, places and conflicts still hold. */
    public Seat signUpOnBehalf(long trainerId, long enrolmentId, long sessionId) {
        Enrolment enrolment = cohorts.lockEnrolment(enrolmentId);
        LiveSession session = sessions.lock(sessionId);
        access.requireTrainerOf(session.cohort(), trainerId);
        if (!session.cohort().id().equals(enrolment.cohort().id())) {
            throw new RuleViolation("error.session.otherCohort");
        }
        return take(enrolment, session, trainerId, true);
    }

    /** The trainee gives up their seat or place in line. */
    public void leave(long personId, long seatId) {
        Seat seat = sessions.seatById(seatId);
        if (seat.enrolment().person().id() != personId) {
            throw new RuleViolation("error.forbidden");
        }
        cohorts.lockEnrolment(seat.enrolment().id());
        free(seat, sessions.lock(seat.session().id()), personId);
    }

    /**
     * A trainer moves a seated trainee to another session. All or nothing: if the other session
     * is full or clashes, the trainee keeps the seat they had.
     */
    public Seat move(long trainerId, long seatId, long toSessionId) {
        Seat seat = sessions.seatById(seatId);
        Enrolment enrolment = cohorts.lockEnrolment(seat.enrolment().id());
        LiveSession from = sessions.lock(seat.session().id());
        access.requireTrainerOf(from.cohort(), trainerId);
        LiveSession to = sessions.lock(toSessionId);
        if (!to.cohort().id().equals(from.cohort().id())) {
            throw new RuleViolation("error.session.otherCohort");
        }
        if (from.id().equals(to.id()) || seat.status() == SeatStatus.LEFT) {
            throw new RuleViolation("error.seat.nothingToMove");
        }
        free(seat, from, trainerId);
        if (sessions.count(to.id(), SeatStatus.SEATED) >= to.capacity()) {
            throw new RuleViolation("error.session.full");
        }
        return take(enrolment, to, trainerId, false);
    }

    /** An enrolment ended: its seats go to the people waiting. */
    void release(@Observes EnrolmentEnded ended) {
        for (Seat seat : sessions.seatsOf(ended.enrolmentId())) {
            free(seat, sessions.lock(seat.session().id()), ended.actorId());
        }
    }

    private Seat take(Enrolment enrolment, LiveSession session, long actorId, boolean mayWait) {
        Instant now = clock.instant();
        if (!enrolment.enrolled()) {
            throw new RuleViolation("error.enrolment.notActive");
        }
        if (!session.signupOpenAt(now)) {
            throw new RuleViolation(session.status() == SessionStatus.CANCELLED ? "error.session.cancelled" : "error.session.signupClosed");
        }
        List<Seat> held = sessions.seatsOf(enrolment.id());
        for (Seat other : held) {
            if (other.session().id().equals(session.id())) {
                throw new RuleViolation("error.seat.already");
            }
            if (other.session().unitId().equals(session.unitId())) {
                throw new RuleViolation("error.seat.sameDay");
            }
            if (other.session().overlaps(session.startsAt(), session.endsAt())) {
                throw new RuleViolation("error.seat.overlap", other.session().title());
            }
        }
        Seat seat = sessions.seat(session.id(), enrolment.id()).orElse(null);
        if (seat == null) {
            seat = new Seat(session, enrolment, now);
            sessions.add(seat);
        } else {
            seat.request(now);
        }
        LearningEventSubject subject = subject(seat);
        if (sessions.count(session.id(), SeatStatus.SEATED) < session.capacity()) {
            seat.seat(now);
            journal.record(LearningEventType.SESSION_SIGNED_UP, subject, actorId, null);
            notices.send(seat, MailKind.SESSION_SEATED, null);
        } else if (mayWait) {
            seat.waitlist();
            journal.record(LearningEventType.SESSION_WAITLISTED, subject, actorId, null);
            notices.send(seat, MailKind.SESSION_WAITLISTED, null);
        } else {
            throw new RuleViolation("error.session.full");
        }
        return seat;
    }

    private void free(Seat seat, LiveSession session, long actorId) {
        if (seat.status() == SeatStatus.LEFT) {
            throw new RuleViolation("error.seat.nothingToMove");
        }
        boolean wasSeated = seat.status() == SeatStatus.SEATED;
        seat.leave(clock.instant());
        journal.record(LearningEventType.SESSION_LEFT, subject(seat), actorId, null);
        if (wasSeated && session.status() == SessionStatus.SCHEDULED) {
            sessions.seats(session.id(), SeatStatus.WAITLISTED).stream().findFirst().ifPresent(next -> {
                next.seat(clock.instant());
                journal.record(LearningEventType.SESSION_SIGNED_UP, subject(next), actorId, "promoted");
                notices.send(next, MailKind.SESSION_PROMOTED, null);
            });
        }
    }

    static LearningEventSubject subject(Seat seat) {
        Enrolment enrolment = seat.enrolment();
        return LearningEventSubject.enrolment(enrolment.person().id(), enrolment.cohort().id(), enrolment.id())
                .session(seat.session().id(), seat.session().unitId());
    }
}
