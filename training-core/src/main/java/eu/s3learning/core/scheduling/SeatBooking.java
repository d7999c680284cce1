package eu.s3learning.core.scheduling;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.cohort.CohortAccess;
import eu.s3learning.core.cohort.Cohorts;
import eu.s3learning.core.cohort.Enrolment;
import eu.s3learning.core.cohort.EnrolmentEnded;
import eu.s3learning.core.journal.JournalEntry;
import eu.s3learning.core.journal.LearningEventSubject;
import eu.s3learning.core.journal.LearningEventType;
import eu.s3learning.core.journal.LearningJournal;
import eu.s3learning.core.mail.MailKind;
import eu.s3learning.core.progress.Journey;
import eu.s3learning.core.progress.LearnerProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Trainees' places at live sessions. The rows of the trainee's enrolments (in every cohort) are
 * locked first, then the session's: one trainee's requests run one at a time (no two overlapping
 * seats, whichever cohorts the sessions belong to), and one session's seats are counted and
 * given out one request at a time (the last seat goes to exactly one of two
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
        return signUpAll(sessionId, List.of(personId)).get(0).bookedOrThrow().seat();
    }

    /**
     * Books, in one transaction, the trainees' own sign-ups that reached one session together,
     * in the order given: each is seated while places remain, then waitlisted, exactly as one by
     * one. A request that breaks a rule gets its refusal and changes nothing; the others go on.
     * <p>
     * Each trainee must be enrolled in the session's cohort, and their journey must have opened
     * the session's phase. That gate only ever opens, so it is checked before any lock, for the
     * whole group with one read of their progress: checked request by request, it was a third of
     * each sign-up's processor time. Their enrolments in every cohort are then locked in id order
     * before the session, so two of these never deadlock. A transaction of its own: the group is
     * other people's requests, whatever the caller's fate. What the rules need is read once for the group and
     * kept up to date here, and the group's events are written together: a query or write per
     * request would each time write out all the group's changes so far.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<SignUpOutcome> signUpAll(long sessionId, List<Long> personIds) {
        SessionOwner owner = sessions.ownerOf(sessionId);
        Map<Long, Enrolment> enrolmentOf = new HashMap<>();
        cohorts.enrolments(owner.cohortId(), personIds).forEach(e -> enrolmentOf.put(e.person().id(), e));
        Map<Long, Journey> journeys = progress.journeysOf(enrolmentOf.values());
        List<Enrolment> open = enrolmentOf.values().stream().filter(e -> journeys.get(e.id()).unlocks(owner.unitId())).toList();
        Set<Long> openIds = open.stream().map(Enrolment::id).collect(Collectors.toSet());
        List<Long> openPeople = open.stream().map(e -> e.person().id()).toList();
        Map<Long, Enrolment> locked = new HashMap<>();
        cohorts.lockEnrolmentsOfPeople(openPeople).stream().filter(e -> openIds.contains(e.id()))
                .forEach(e -> locked.put(e.id(), e));
        LiveSession session = sessions.lock(sessionId);
        Map<Long, List<Seat>> held = sessions.seatsOfPeople(openPeople);
        Map<Long, Seat> here = sessions.seatsAt(sessionId, locked.keySet());
        long seated = sessions.count(sessionId, SeatStatus.SEATED);
        Instant now = clock.instant();
        List<JournalEntry> events = new ArrayList<>();
        List<SignUpOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < personIds.size(); i++) {
            long personId = personIds.get(i);
            // A microsecond apart: the waiting list is in order of request time, and so keeps the group's order.
            Instant at = now.plus(i, ChronoUnit.MICROS);
            try {
                Enrolment enrolment = enrolmentOf.get(personId);
                if (enrolment == null) {
                    throw new RuleViolation("error.enrolment.notActive");
                }
                if (!locked.containsKey(enrolment.id())) {
                    throw new RuleViolation("error.session.phaseLocked");
                }
                refuseUnlessOpen(enrolment, session, at);
                List<Seat> mine = held.computeIfAbsent(personId, id -> new ArrayList<>());
                refuseIfClashing(mine, session, enrolment);
                Seat seat = requested(here.get(enrolment.id()), session, enrolment, at);
                here.put(enrolment.id(), seat);
                mine.add(seat);
                events.add(place(seat, seated < session.capacity(), at, personId));
                if (seat.status() == SeatStatus.SEATED) {
                    seated++;
                }
                outcomes.add(SignUpOutcome.booked(seat, Math.max(0, session.capacity() - seated)));
            } catch (RuleViolation refused) {
                outcomes.add(SignUpOutcome.refused(refused));
            }
        }
        if (!events.isEmpty()) {
            journal.recordAll(events);
        }
        return outcomes;
    }

    /** A trainer signs a trainee up; the preparation gate is the trainer's call, places and conflicts still hold. */
    public Seat signUpOnBehalf(long trainerId, long enrolmentId, long sessionId) {
        Enrolment enrolment = cohorts.lockEnrolmentWithItsPerson(enrolmentId);
        LiveSession session = sessions.lock(sessionId);
        access.requireTrainerOf(session.cohort(), trainerId);
        if (!session.cohort().id().equals(enrolment.cohort().id())) {
            throw new RuleViolation("error.session.otherCohort");
        }
        return take(enrolment, session, trainerId, true);
    }

    /** The trainee gives up their seat or place in line; returns the seat, now left. */
    public Seat leave(long personId, long seatId) {
        Seat seat = sessions.seatById(seatId);
        if (seat.enrolment().person().id() != personId) {
            throw new RuleViolation("error.forbidden");
        }
        cohorts.lockEnrolment(seat.enrolment().id());
        free(seat, sessions.lock(seat.session().id()), personId);
        return seat;
    }

    /**
     * A trainer moves a seated trainee to another session. All or nothing: if the other session
     * is full or clashes, the trainee keeps the seat they had.
     */
    public Seat move(long trainerId, long seatId, long toSessionId) {
        Seat seat = sessions.seatById(seatId);
        Enrolment enrolment = cohorts.lockEnrolmentWithItsPerson(seat.enrolment().id());
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
        refuseUnlessOpen(enrolment, session, now);
        long personId = enrolment.person().id();
        refuseIfClashing(sessions.seatsOfPeople(List.of(personId)).getOrDefault(personId, List.of()), session, enrolment);
        Seat seat = requested(sessions.seat(session.id(), enrolment.id()).orElse(null), session, enrolment, now);
        boolean placeFree = sessions.count(session.id(), SeatStatus.SEATED) < session.capacity();
        if (!placeFree && !mayWait) {
            throw new RuleViolation("error.session.full");
        }
        journal.recordAll(List.of(place(seat, placeFree, now, actorId)));
        return seat;
    }

    private static void refuseUnlessOpen(Enrolment enrolment, LiveSession session, Instant now) {
        if (!enrolment.enrolled()) {
            throw new RuleViolation("error.enrolment.notActive");
        }
        if (!session.signupOpenAt(now)) {
            throw new RuleViolation(session.status() == SessionStatus.CANCELLED ? "error.session.cancelled" : "error.session.signupClosed");
        }
    }

    /**
     * Refuses a second place at the session, a second session of the same day of the enrolment, and one that
     * overlaps any session the person holds a place at, in this cohort or another.
     */
    private static void refuseIfClashing(List<Seat> held, LiveSession session, Enrolment enrolment) {
        for (Seat other : held) {
            if (other.session().id().equals(session.id())) {
                throw new RuleViolation("error.seat.already");
            }
            if (other.enrolment().id().equals(enrolment.id()) && other.session().unitId().equals(session.unitId())) {
                throw new RuleViolation("error.seat.sameDay");
            }
            if (other.session().overlaps(session.startsAt(), session.endsAt())) {
                throw new RuleViolation("error.seat.overlap", other.session().title());
            }
        }
    }

    /** The enrolment's seat at the session, new or asked for again after leaving. */
    private Seat requested(Seat earlier, LiveSession session, Enrolment enrolment, Instant now) {
        if (earlier == null) {
            Seat seat = new Seat(session, enrolment, now);
            sessions.add(seat);
            return seat;
        }
        earlier.request(now);
        return earlier;
    }

    /** Seats the trainee when a place is free, otherwise puts them in line; tells them, and returns the event. */
    private JournalEntry place(Seat seat, boolean placeFree, Instant now, long actorId) {
        if (placeFree) {
            seat.seat(now);
            notices.send(seat, MailKind.SESSION_SEATED, null);
            return new JournalEntry(LearningEventType.SESSION_SIGNED_UP, subject(seat), actorId, null);
        }
        seat.waitlist();
        notices.send(seat, MailKind.SESSION_WAITLISTED, null);
        return new JournalEntry(LearningEventType.SESSION_WAITLISTED, subject(seat), actorId, null);
    }

    private void free(Seat seat, LiveSession session, long actorId) {
        if (seat.status() == SeatStatus.LEFT) {
            throw new RuleViolation("error.seat.nothingToMove");
        }
        boolean wasSeated = seat.status() == SeatStatus.SEATED;
        seat.leave(clock.instant());
        journal.record(LearningEventType.SESSION_LEFT, subject(seat), actorId, null);
        if (wasSeated) {
            promoteWhileRoom(session, actorId);
        }
    }

    /**
     * Seats those waiting at a scheduled session, first in line first, while it has places (after a seat freed or
     * places were added); each is told by mail. The caller holds the session's lock.
     */
    public void promoteWhileRoom(LiveSession session, long actorId) {
        if (session.status() != SessionStatus.SCHEDULED) {
            return;
        }
        long seated = sessions.count(session.id(), SeatStatus.SEATED);
        for (Seat next : sessions.seats(session.id(), SeatStatus.WAITLISTED)) {
            if (seated >= session.capacity()) {
                return;
            }
            next.seat(clock.instant());
            journal.record(LearningEventType.SESSION_SIGNED_UP, subject(next), actorId, "promoted");
            notices.send(next, MailKind.SESSION_PROMOTED, null);
            seated++;
        }
    }

    static LearningEventSubject subject(Seat seat) {
        Enrolment enrolment = seat.enrolment();
        return LearningEventSubject.enrolment(enrolment.person().id(), enrolment.cohort().id(), enrolment.id())
                .session(seat.session().id(), seat.session().unitId());
    }
}
