package eu.s3learning.core.scheduling;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.Text;
import eu.s3learning.core.cohort.Cohort;
import eu.s3learning.core.cohort.CohortAccess;
import eu.s3learning.core.cohort.Cohorts;
import eu.s3learning.core.identity.People;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.mail.MailKind;
import eu.s3learning.core.programme.Programmes;
import eu.s3learning.core.programme.Unit;
import eu.s3learning.core.programme.types.LiveSessionType;
import eu.s3learning.core.settings.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Trainers plan, change and cancel a cohort's live sessions. A room or a trainer is never
 * booked twice at once: the room's row and the trainers' rows are locked (in one order, so two
 * planners cannot deadlock) before the overlap is looked for.
 */
@ApplicationScoped
@Transactional
public class SessionScheduling {

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    @Inject
    Sessions sessions;

    @Inject
    Cohorts cohorts;

    @Inject
    Programmes programmes;

    @Inject
    Venues venues;

    @Inject
    People people;

    @Inject
    CohortAccess access;

    @Inject
    SessionNotices notices;

    @Inject
    SeatBooking booking;

    @Inject
    PlatformSettings settings;

    @Inject
    Clock clock;

    public LiveSession schedule(long trainerId, long cohortId, SessionPlan plan) {
        Cohort cohort = cohorts.lock(cohortId);
        access.requireTrainerOf(cohort, trainerId);
        Unit unit = programmes.unit(plan.unitId());
        if (!LiveSessionType.CODE.equals(unit.type())
                || !unit.module().phase().programme().id().equals(cohort.programme().id())) {
            throw new RuleViolation("error.session.unitNotLive");
        }
        Room room = lockRoom(plan.roomId());
        LiveSession session = new LiveSession(cohort, plan, room, settings.publicUrl().getHost());
        refuseConflicts(session);
        sessions.add(session);
        return session;
    }

    /**
     * A trainer leaves the cohort's team, unless they still run one of its sessions that is not over: its trainees
     * would be left without anyone allowed to take their attendance. The cohort's row is locked first, as when a
     * session is planned, so a session cannot be given to them meanwhile.
     */
    public void removeTrainer(long trainerId, long cohortId, long leavingTrainerId) {
        Cohort cohort = cohorts.lock(cohortId);
        access.requireTrainerOf(cohort, trainerId);
        cohort.refuseToLoseLastTrainer(leavingTrainerId);
        List<LiveSession> running = sessions.runInCohortAfter(leavingTrainerId, cohortId, clock.instant());
        if (!running.isEmpty()) {
            throw new RuleViolation("error.cohort.trainerRunsSessions", people.byId(leavingTrainerId).orElseThrow().fullName(),
                    running.stream().map(LiveSession::title).collect(Collectors.joining(", ")));
        }
        cohort.removeTrainer(leavingTrainerId);
    }

    /**
     * Changes a session. Seated trainees get the update of their calendar entry (the same entry, next sequence) with
     * the trainer's reason, which a change of time, place, link or title needs once anyone is seated or waiting; those
     * waiting are told without a calendar entry. The new time must not overlap another session where a seated or
     * waiting trainee holds a place. Places added go to those waiting, in order, each told by mail.
     */
    public void replan(long trainerId, long sessionId, SessionPlan plan, String reason) {
        LiveSession session = sessions.lock(sessionId);
        access.requireTrainerOf(session.cohort(), trainerId);
        if (session.status() == SessionStatus.CANCELLED) {
            throw new RuleViolation("error.session.cancelled");
        }
        if (plan.unitId() != session.unitId()) {
            throw new RuleViolation("error.session.unitFixed");
        }
        Room room = lockRoom(plan.roomId());
        List<Seat> seated = sessions.seats(sessionId, SeatStatus.SEATED);
        boolean calendarChanged = session.apply(plan, room, seated.size());
        boolean anyoneBooked = !seated.isEmpty() || !sessions.seats(sessionId, SeatStatus.WAITLISTED).isEmpty();
        String why = calendarChanged && anyoneBooked ? Text.required(reason, 1000, "error.session.changeReasonRequired")
                : Text.optional(reason, 1000);
        refuseConflicts(session);
        if (calendarChanged) {
            refuseTraineeClashes(session);
            for (Seat seat : seated) {
                notices.send(seat, MailKind.SESSION_CHANGED, why);
            }
        }
        booking.promoteWhileRoom(session, trainerId);
        if (calendarChanged) {
            // Those still waiting are told too, without a calendar entry: they have no place yet.
            for (Seat seat : sessions.seats(sessionId, SeatStatus.WAITLISTED)) {
                notices.send(seat, MailKind.SESSION_CHANGED_WAITING, why);
            }
        }
    }

    /** Cancels a session with a reason: every seat and place in line ends, and each trainee is told why. */
    public void cancel(long trainerId, long sessionId, String reason) {
        LiveSession session = sessions.lock(sessionId);
        access.requireTrainerOf(session.cohort(), trainerId);
        session.cancel(reason);
        for (SeatStatus status : List.of(SeatStatus.SEATED, SeatStatus.WAITLISTED)) {
            for (Seat seat : sessions.seats(sessionId, status)) {
                seat.leave(clock.instant());
                notices.send(seat, MailKind.SESSION_CANCELLED, session.cancelReason());
            }
        }
    }

    /** Refuses a time at which a trainee with a place here holds one at another session, in any cohort. */
    private void refuseTraineeClashes(LiveSession session) {
        List<Seat> here = new ArrayList<>(sessions.seats(session.id(), SeatStatus.SEATED));
        here.addAll(sessions.seats(session.id(), SeatStatus.WAITLISTED));
        Map<Long, List<Seat>> elsewhere = sessions.seatsOfPeople(here.stream().map(s -> s.enrolment().person().id()).toList());
        for (Seat seat : here) {
            Person person = seat.enrolment().person();
            for (Seat other : elsewhere.getOrDefault(person.id(), List.of())) {
                if (!other.session().id().equals(session.id()) && other.session().overlaps(session.startsAt(), session.endsAt())) {
                    throw new RuleViolation("error.session.traineeClash", person.fullName(), other.session().title());
                }
            }
        }
    }

    private Room lockRoom(Long roomId) {
        if (roomId == null) {
            return null;
        }
        Room room = em.find(Room.class, roomId, LockModeType.PESSIMISTIC_WRITE);
        if (room == null) {
            throw new RuleViolation("error.room.unknown");
        }
        return room;
    }

    private void refuseConflicts(LiveSession session) {
        if (session.room() != null
                && !sessions.inRoomDuring(session.room().id(), session.startsAt(), session.endsAt(), session.id()).isEmpty()) {
            throw new RuleViolation("error.session.roomBooked");
        }
        for (long trainer : new TreeSet<>(session.trainerIds())) {
            access.requireTrainer(trainer);
            if (!session.cohort().trainedBy(trainer)) {
                // Only the cohort's trainers may take its attendance and see its trainees.
                throw new RuleViolation("error.session.trainerNotInCohort", people.byId(trainer).orElseThrow().fullName());
            }
            people.lock(trainer);
            if (!sessions.runByDuring(trainer, session.startsAt(), session.endsAt(), session.id()).isEmpty()) {
                throw new RuleViolation("error.session.trainerBooked", people.byId(trainer).orElseThrow().fullName());
            }
        }
    }
}
