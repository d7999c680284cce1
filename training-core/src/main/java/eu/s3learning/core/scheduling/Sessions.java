package eu.s3learning.core.scheduling;

import eu.s3learning.core.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Where live sessions, seats and attendance are kept. */
@ApplicationScoped
@Transactional
public class Sessions {

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    /** The cohort and unit of a session, without reading the session, its room and its cohort. */
    public SessionOwner ownerOf(long sessionId) {
        return em.createQuery("select new eu.s3learning.core.scheduling.SessionOwner(s.cohort.id, s.unitId)"
                        + " from LiveSession s where s.id = :id", SessionOwner.class)
                .setParameter("id", sessionId).getResultList().stream().findFirst()
                .orElseThrow(() -> new RuleViolation("error.session.unknown"));
    }

    public LiveSession byId(long id) {
        LiveSession session = em.find(LiveSession.class, id);
        if (session == null) {
            throw new RuleViolation("error.session.unknown");
        }
        return session;
    }

    /** The session, locked: its seats are counted and given out one request at a time. */
    public LiveSession lock(long id) {
        LiveSession session = em.find(LiveSession.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new RuleViolation("error.session.unknown");
        }
        return session;
    }

    public void add(LiveSession session) {
        em.persist(session);
        em.flush();
    }

    public List<LiveSession> ofCohort(long cohortId) {
        return em.createQuery("select s from LiveSession s where s.cohort.id = :cohort order by s.startsAt, s.id", LiveSession.class)
                .setParameter("cohort", cohortId).getResultList();
    }

    /** Scheduled sessions in the room that overlap the given times, other than the session itself. */
    public List<LiveSession> inRoomDuring(long roomId, Instant start, Instant end, Long except) {
        return em.createQuery("select s from LiveSession s where s.room.id = :room and s.status = :scheduled"
                        + " and s.startsAt < :end and s.endsAt > :start and s.id <> :except", LiveSession.class)
                .setParameter("room", roomId).setParameter("scheduled", SessionStatus.SCHEDULED)
                .setParameter("start", start).setParameter("end", end).setParameter("except", except == null ? -1L : except)
                .getResultList();
    }

    /** Every session the trainer runs, cancelled ones too (a feed must show the cancellation). */
    public List<LiveSession> runBy(long trainerId) {
        return em.createQuery("select s from LiveSession s where :trainer member of s.trainerIds order by s.startsAt", LiveSession.class)
                .setParameter("trainer", trainerId).getResultList();
    }

    /** The cohort's scheduled sessions the trainer runs that end after the moment. */
    public List<LiveSession> runInCohortAfter(long trainerId, long cohortId, Instant moment) {
        return em.createQuery("select s from LiveSession s where :trainer member of s.trainerIds and s.cohort.id = :cohort"
                        + " and s.status = :scheduled and s.endsAt > :moment order by s.startsAt", LiveSession.class)
                .setParameter("trainer", trainerId).setParameter("cohort", cohortId)
                .setParameter("scheduled", SessionStatus.SCHEDULED).setParameter("moment", moment).getResultList();
    }

    /** Scheduled sessions the trainer runs that overlap the given times, other than the session itself. */
    public List<LiveSession> runByDuring(long trainerId, Instant start, Instant end, Long except) {
        return em.createQuery("select s from LiveSession s where :trainer member of s.trainerIds and s.status = :scheduled"
                        + " and s.startsAt < :end and s.endsAt > :start and s.id <> :except", LiveSession.class)
                .setParameter("trainer", trainerId).setParameter("scheduled", SessionStatus.SCHEDULED)
                .setParameter("start", start).setParameter("end", end).setParameter("except", except == null ? -1L : except)
                .getResultList();
    }

    public Optional<Seat> seat(long sessionId, long enrolmentId) {
        return em.createQuery("select s from Seat s where s.session.id = :session and s.enrolment.id = :enrolment", Seat.class)
                .setParameter("session", sessionId).setParameter("enrolment", enrolmentId).getResultList().stream().findFirst();
    }

    /** Seats taken at scheduled sessions that start in the interval, for reminders. */
    public List<Seat> seatedStartingBetween(Instant from, Instant to) {
        return em.createQuery("select s from Seat s where s.status = :seated and s.session.status = :scheduled"
                        + " and s.session.startsAt >= :from and s.session.startsAt < :to", Seat.class)
                .setParameter("seated", SeatStatus.SEATED).setParameter("scheduled", SessionStatus.SCHEDULED)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    public Seat seatById(long id) {
        Seat seat = em.find(Seat.class, id);
        if (seat == null) {
            throw new RuleViolation("error.seat.unknown");
        }
        return seat;
    }

    /** The enrolment's seats and places in line, in sessions still scheduled. */
    public List<Seat> seatsOf(long enrolmentId) {
        return held("s.enrolment.id", List.of(enrolmentId));
    }

    /**
     * These people's seats and places in line, in sessions still scheduled, through any of their enrolments, by
     * person: one person is in one place at a time, whichever cohort the sessions belong to.
     */
    public Map<Long, List<Seat>> seatsOfPeople(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return new HashMap<>();
        }
        return held("s.enrolment.person.id", personIds).stream()
                .collect(Collectors.groupingBy(s -> s.enrolment().person().id(), Collectors.toCollection(ArrayList::new)));
    }

    /** The enrolments that hold a seat or a place in line in a scheduled session of the cohort. */
    public Set<Long> enrolmentsHoldingSeatsIn(long cohortId) {
        return Set.copyOf(em.createQuery("select distinct s.enrolment.id from Seat s where s.session.cohort.id = :cohort"
                        + " and s.status <> :left and s.session.status = :scheduled", Long.class)
                .setParameter("cohort", cohortId).setParameter("left", SeatStatus.LEFT)
                .setParameter("scheduled", SessionStatus.SCHEDULED).getResultList());
    }

    /** Seats and places in line, in sessions still scheduled, earliest first, whose {@code owner} path is one of these. */
    private List<Seat> held(String owner, Collection<Long> ids) {
        return em.createQuery("select s from Seat s where " + owner + " in :ids and s.status <> :left"
                        + " and s.session.status = :scheduled order by s.session.startsAt", Seat.class)
                .setParameter("ids", ids).setParameter("left", SeatStatus.LEFT)
                .setParameter("scheduled", SessionStatus.SCHEDULED).getResultList();
    }

    /** The seats, whatever their status, that these enrolments have or had at the session, by enrolment. */
    public Map<Long, Seat> seatsAt(long sessionId, Collection<Long> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return new HashMap<>();
        }
        return em.createQuery("select s from Seat s where s.session.id = :session and s.enrolment.id in :enrolments", Seat.class)
                .setParameter("session", sessionId).setParameter("enrolments", enrolmentIds).getResultList().stream()
                .collect(Collectors.toMap(s -> s.enrolment().id(), s -> s));
    }

    public List<Seat> seats(long sessionId, SeatStatus status) {
        return em.createQuery("select s from Seat s where s.session.id = :session and s.status = :status"
                        + " order by s.requestedAt, s.id", Seat.class)
                .setParameter("session", sessionId).setParameter("status", status).getResultList();
    }

    public long count(long sessionId, SeatStatus status) {
        return em.createQuery("select count(s) from Seat s where s.session.id = :session and s.status = :status", Long.class)
                .setParameter("session", sessionId).setParameter("status", status).getSingleResult();
    }

    /** Seats not yet taken at the session. */
    public long placesLeft(LiveSession session) {
        return Math.max(0, session.capacity() - count(session.id(), SeatStatus.SEATED));
    }

    public void add(Seat seat) {
        em.persist(seat);
    }

    public Optional<Attendance> attendance(long sessionId, long enrolmentId) {
        return Optional.ofNullable(em.find(Attendance.class, new Attendance.Key(sessionId, enrolmentId)));
    }

    public List<Attendance> attendanceOf(long sessionId) {
        return em.createQuery("select a from Attendance a where a.sessionId = :session", Attendance.class)
                .setParameter("session", sessionId).getResultList();
    }

    public void add(Attendance attendance) {
        em.persist(attendance);
    }
}
