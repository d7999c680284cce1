package eu.s3learning.web.training;

import eu.s3learning.core.cohort.CohortAccess;
import eu.s3learning.core.cohort.Cohorts;
import eu.s3learning.core.cohort.Enrolment;
import eu.s3learning.core.cohort.EnrolmentStatus;
import eu.s3learning.core.identity.People;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.scheduling.Attendance;
import eu.s3learning.core.scheduling.AttendanceRegister;
import eu.s3learning.core.scheduling.AttendanceStatus;
import eu.s3learning.core.scheduling.LiveSession;
import eu.s3learning.core.scheduling.Room;
import eu.s3learning.core.scheduling.Seat;
import eu.s3learning.core.scheduling.SeatBooking;
import eu.s3learning.core.scheduling.SeatStatus;
import eu.s3learning.core.scheduling.SessionMode;
import eu.s3learning.core.scheduling.SessionPlan;
import eu.s3learning.core.scheduling.SessionScheduling;
import eu.s3learning.core.scheduling.SessionStatus;
import eu.s3learning.core.scheduling.Sessions;
import eu.s3learning.core.scheduling.Venues;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.CurrentPerson;
import eu.s3learning.web.security.PageRefusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One live session for its trainers: the attendance register (one tap per trainee, or all at
 * once), the waiting list, signing trainees up or moving them, changing the session (time, place,
 * link, places, deadline) and cancelling it, each with a reason for the trainees booked.
 */
@Named
@RequestScoped
public class SessionView {

    @Inject
    People people;

    @Inject
    Sessions sessions;

    @Inject
    Cohorts cohorts;

    @Inject
    CohortAccess access;

    @Inject
    AttendanceRegister register;

    @Inject
    SeatBooking booking;

    @Inject
    SessionScheduling scheduling;

    @Inject
    Venues venues;

    @Inject
    CurrentPerson current;

    @Inject
    Texts texts;

    /** From the address, on the first request and on every postback (the forms post to the full address). */
    @Inject
    @Param(name = "id")
    Long id;
    private LiveSession session;
    private Map<Long, Attendance> marks;
    private Long onBehalfOf;
    /** Per seat, the session id chosen as submitted text: maps in EL carry no type. */
    private final Map<Long, String> moveTo = new HashMap<>();
    private String cancelReason;
    /** The change form, filled from the session on the first request, as submitted on a postback. */
    private String changeTitle;
    private LocalDateTime changeStarts;
    private LocalDateTime changeEnds;
    private Long changeRoom;
    private String changeMeetingUrl;
    private Integer changeCapacity;
    private LocalDateTime changeDeadline;
    private String changeReason;
    private Long[] changeTrainers;

    public void load() {
        PageRefusal.unlessAllowed(id, () -> access.mayRun(getSession().cohort(), current.id()));
        LiveSession s = getSession();
        ZoneId zone = s.zone();
        changeTitle = s.title();
        changeStarts = LocalDateTime.ofInstant(s.startsAt(), zone);
        changeEnds = LocalDateTime.ofInstant(s.endsAt(), zone);
        changeRoom = s.room() == null ? null : s.room().id();
        changeMeetingUrl = s.meetingUrl();
        changeCapacity = s.capacity();
        changeDeadline = LocalDateTime.ofInstant(s.signupDeadline(), zone);
        changeTrainers = s.trainerIds().stream().sorted().toArray(Long[]::new);
    }

    /** The cohort's trainers, who may run its sessions. */
    public List<Person> getCohortTrainers() {
        return getSession().cohort().trainerIds().stream().sorted().map(people::byId).flatMap(Optional::stream).toList();
    }

    /** Who runs the session, by name. */
    public String getTrainerNames() {
        return getSession().trainerIds().stream().sorted().map(people::byId).flatMap(Optional::stream)
                .map(Person::fullName).collect(Collectors.joining(", "));
    }

    public Long[] getChangeTrainers() {
        return changeTrainers;
    }

    public void setChangeTrainers(Long[] changeTrainers) {
        this.changeTrainers = changeTrainers;
    }

    public List<Room> getRooms() {
        return venues.all().stream().flatMap(v -> v.rooms().stream()).toList();
    }

    public LiveSession getSession() {
        if (session == null) {
            session = sessions.byId(id);
        }
        return session;
    }

    public List<Seat> getSeated() {
        return sessions.seats(id, SeatStatus.SEATED);
    }

    public List<Seat> getWaiting() {
        return sessions.seats(id, SeatStatus.WAITLISTED);
    }

    public String mark(Seat seat) {
        if (marks == null) {
            marks = sessions.attendanceOf(id).stream().collect(Collectors.toMap(Attendance::enrolmentId, a -> a));
        }
        Attendance attendance = marks.get(seat.enrolment().id());
        return attendance == null ? "NONE" : attendance.status().name();
    }

    public AttendanceStatus[] getStatuses() {
        return AttendanceStatus.values();
    }

    /** Enrolled trainees of the cohort without a place at this session, to sign up on their behalf. */
    public List<Enrolment> getOthers() {
        Set<Long> here = sessions.seats(id, SeatStatus.SEATED).stream().map(s -> s.enrolment().id()).collect(Collectors.toSet());
        here.addAll(getWaiting().stream().map(s -> s.enrolment().id()).toList());
        return cohorts.enrolments(getSession().cohort().id(), EnrolmentStatus.ENROLLED).stream()
                .filter(e -> !here.contains(e.id())).toList();
    }

    /** Other scheduled sessions of the same cohort a trainee can be moved to. */
    public List<LiveSession> getOtherSessions() {
        return sessions.ofCohort(getSession().cohort().id()).stream()
                .filter(s -> !s.id().equals(id) && s.status() == SessionStatus.SCHEDULED).toList();
    }

    public void record(long enrolmentId, String status) {
        act(() -> register.mark(current.id(), id, enrolmentId, AttendanceStatus.valueOf(status)), "attendance.saved");
    }

    public void markAllPresent() {
        act(() -> register.markUnmarked(current.id(), id, AttendanceStatus.PRESENT), "attendance.allPresent");
    }

    public void signUpOnBehalf() {
        if (onBehalfOf == null) {
            texts.error("error.session.traineeRequired");
            return;
        }
        act(() -> booking.signUpOnBehalf(current.id(), onBehalfOf, id), "session.signedUpOnBehalf");
    }

    public void move(long seatId) {
        String target = moveTo.get(seatId);
        if (target == null || !target.matches("\\d{1,18}")) {
            texts.error("error.session.targetRequired");
            return;
        }
        act(() -> booking.move(current.id(), seatId, Long.parseLong(target)), "session.moved");
    }

    public void change() {
        if (changeCapacity == null) {
            texts.error("error.session.capacity");
            return;
        }
        LiveSession s = getSession();
        boolean inPerson = s.mode() == SessionMode.IN_PERSON;
        SessionPlan plan = new SessionPlan(s.unitId(), s.mode(), changeTitle, changeStarts, changeEnds, inPerson ? changeRoom : null,
                inPerson ? null : changeMeetingUrl, changeCapacity, changeDeadline,
                changeTrainers == null ? Set.of() : Set.of(changeTrainers));
        act(() -> scheduling.replan(current.id(), id, plan, changeReason), "session.changedDone");
    }

    public void cancel() {
        act(() -> scheduling.cancel(current.id(), id, cancelReason), "session.cancelledDone");
    }

    /** Runs the step through {@link Texts#attempt}; afterwards the page shows what is stored now. */
    private void act(Runnable action, String doneKey) {
        if (texts.attempt(action, doneKey)) {
            session = null;
            marks = null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getOnBehalfOf() {
        return onBehalfOf;
    }

    public void setOnBehalfOf(Long onBehalfOf) {
        this.onBehalfOf = onBehalfOf;
    }

    public Map<Long, String> getMoveTo() {
        return moveTo;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public String getChangeTitle() {
        return changeTitle;
    }

    public void setChangeTitle(String changeTitle) {
        this.changeTitle = changeTitle;
    }

    public LocalDateTime getChangeStarts() {
        return changeStarts;
    }

    public void setChangeStarts(LocalDateTime changeStarts) {
        this.changeStarts = changeStarts;
    }

    public LocalDateTime getChangeEnds() {
        return changeEnds;
    }

    public void setChangeEnds(LocalDateTime changeEnds) {
        this.changeEnds = changeEnds;
    }

    public Long getChangeRoom() {
        return changeRoom;
    }

    public void setChangeRoom(Long changeRoom) {
        this.changeRoom = changeRoom;
    }

    public String getChangeMeetingUrl() {
        return changeMeetingUrl;
    }

    public void setChangeMeetingUrl(String changeMeetingUrl) {
        this.changeMeetingUrl = changeMeetingUrl;
    }

    public Integer getChangeCapacity() {
        return changeCapacity;
    }

    public void setChangeCapacity(Integer changeCapacity) {
        this.changeCapacity = changeCapacity;
    }

    public LocalDateTime getChangeDeadline() {
        return changeDeadline;
    }

    public void setChangeDeadline(LocalDateTime changeDeadline) {
        this.changeDeadline = changeDeadline;
    }

    public String getChangeReason() {
        return changeReason;
    }

    public void setChangeReason(String changeReason) {
        this.changeReason = changeReason;
    }
}
