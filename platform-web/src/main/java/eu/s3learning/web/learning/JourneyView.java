package eu.s3learning.web.learning;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.certificate.Certificate;
import eu.s3learning.core.certificate.Certificates;
import eu.s3learning.core.cohort.EnrolmentService;
import eu.s3learning.core.cohort.EnrolmentStatus;
import eu.s3learning.core.progress.Journey;
import eu.s3learning.core.progress.LearnerProgress;
import eu.s3learning.core.progress.Lock;
import eu.s3learning.core.progress.PhaseProgress;
import eu.s3learning.core.programme.Unit;
import eu.s3learning.core.scheduling.LiveSession;
import eu.s3learning.core.scheduling.LiveSessionSettings;
import eu.s3learning.core.scheduling.SeatBooking;
import eu.s3learning.core.scheduling.SeatStatus;
import eu.s3learning.core.scheduling.SessionStatus;
import eu.s3learning.core.scheduling.Sessions;
import eu.s3learning.core.scheduling.SignUpQueue;
import eu.s3learning.core.scheduling.Seat;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.CurrentPerson;
import eu.s3learning.web.security.PageRefusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A trainee's journey through one cohort: phases, progress, locks, next step, live sessions. */
@Named
@RequestScoped
public class JourneyView {

    @Inject
    LearnerProgress progress;

    @Inject
    Sessions sessions;

    @Inject
    SeatBooking booking;

    @Inject
    SignUpQueue signUps;

    @Inject
    EnrolmentService enrolments;

    @Inject
    LiveSessionSettings sessionSettings;

    @Inject
    Certificates certificates;

    @Inject
    CurrentPerson current;

    @Inject
    Texts texts;

    @Inject
    Clock clock;

    /** From the address, on the first request and on every postback (the forms post to the full address). */
    @Inject
    @Param(name = "enrolment")
    Long enrolment;
    private Journey journey;
    private Map<Long, Seat> mySeats;
    private List<LiveSession> cohortSessions;
    private String withdrawalReason;

    public void load() {
        PageRefusal.unlessAllowed(enrolment, () -> getJourney() != null);
    }

    public Journey getJourney() {
        if (journey == null && enrolment != null) {
            journey = progress.journey(current.id(), enrolment);
        }
        return journey;
    }

    public long waitingPosition() {
        if (getJourney().enrolment().status() != EnrolmentStatus.WAITLISTED) {
            return 0;
        }
        List<Long> line = enrolments.waitingList(getJourney().enrolment().cohort().id()).stream().map(e -> e.id()).toList();
        return line.indexOf(enrolment) + 1;
    }

    /** The cohort's scheduled sessions of a live-session unit, soonest first. */
    public List<LiveSession> sessionsOf(Unit unit) {
        return cohortSessions().stream()
                .filter(s -> s.unitId().equals(unit.id()) && s.status() == SessionStatus.SCHEDULED).toList();
    }

    /** Read once per request: the page asks for every live-session unit, each render several times. */
    private List<LiveSession> cohortSessions() {
        if (cohortSessions == null) {
            cohortSessions = sessions.ofCohort(getJourney().enrolment().cohort().id());
        }
        return cohortSessions;
    }

    /** The trainee's seat or place in line at the session, or null. */
    public Seat seatAt(LiveSession session) {
        return seats().get(session.id());
    }

    public String seatStatus(LiveSession session) {
        Seat seat = seatAt(session);
        return seat == null ? "NONE" : seat.status().name();
    }

    /** The trainee's certificate, once the journey is complete; null before. */
    public Certificate getCertificate() {
        return certificates.of(enrolment).orElse(null);
    }

    public String verificationLink(Certificate certificate) {
        return certificates.verificationLink(certificate);
    }

    /** The unit to do next, or null when nothing is open. */
    public Unit getNextUnit() {
        return getJourney().current().flatMap(PhaseProgress::next).map(PhaseProgress.UnitState::unit).orElse(null);
    }

    /** Why the phase is locked, or null. */
    public Lock lockOf(PhaseProgress phase) {
        return phase.lock().orElse(null);
    }

    public long placesLeft(LiveSession session) {
        return sessions.placesLeft(session);
    }

    /** The meeting link, to a seated trainee and only from the configured time before the start. */
    public String meetingLink(LiveSession session) {
        Seat seat = seatAt(session);
        return seat == null ? null : seat.meetingLinkAt(clock.instant(), sessionSettings.linkLead());
    }

    public boolean signupOpen(LiveSession session) {
        return session.signupOpenAt(clock.instant());
    }

    public long linkLeadMinutes() {
        return sessionSettings.linkLead().toMinutes();
    }

    private Map<Long, Seat> seats() {
        if (mySeats == null) {
            mySeats = sessions.seatsOf(enrolment).stream().collect(Collectors.toMap(s -> s.session().id(), Function.identity()));
        }
        return mySeats;
    }

    public void signUp(long sessionId) {
        try {
            Seat seat = signUps.signUp(current.id(), sessionId).seat();
            texts.info(seat.status() == SeatStatus.SEATED ? "journey.session.seated" : "journey.session.waitlisted");
        } catch (RuleViolation refused) {
            texts.refused(refused, null);
        }
        reset();
    }

    public void leave(long seatId) {
        try {
            booking.leave(current.id(), seatId);
            texts.info("journey.session.left");
        } catch (RuleViolation refused) {
            texts.refused(refused, null);
        }
        reset();
    }

    public void withdraw() {
        try {
            enrolments.withdraw(current.id(), enrolment, withdrawalReason);
            texts.info("journey.withdrawn");
            withdrawalReason = null;
        } catch (RuleViolation refused) {
            texts.refused(refused, "withdraw:reason");
        }
        reset();
    }

    private void reset() {
        journey = null;
        mySeats = null;
        cohortSessions = null;
    }

    public Long getEnrolment() {
        return enrolment;
    }

    public void setEnrolment(Long enrolment) {
        this.enrolment = enrolment;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(String withdrawalReason) {
        this.withdrawalReason = withdrawalReason;
    }
}
