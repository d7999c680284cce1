package eu.s3learning.web.training;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.certificate.Certificate;
import eu.s3learning.core.certificate.Certificates;
import eu.s3learning.core.cohort.Cohort;
import eu.s3learning.core.cohort.CohortAccess;
import eu.s3learning.core.cohort.CohortService;
import eu.s3learning.core.cohort.Cohorts;
import eu.s3learning.core.cohort.Enrolment;
import eu.s3learning.core.cohort.EnrolmentService;
import eu.s3learning.core.cohort.EnrolmentStatus;
import eu.s3learning.core.cohort.RosterImport;
import eu.s3learning.core.cohort.RosterRow;
import eu.s3learning.core.identity.EmailAddress;
import eu.s3learning.core.identity.People;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.programme.PhaseKind;
import eu.s3learning.core.programme.Unit;
import eu.s3learning.core.programme.types.LiveSessionType;
import eu.s3learning.core.progress.CohortProgress;
import eu.s3learning.core.progress.Journey;
import eu.s3learning.core.progress.LearnerProgress;
import eu.s3learning.core.scheduling.LiveSession;
import eu.s3learning.core.scheduling.Room;
import eu.s3learning.core.scheduling.SeatStatus;
import eu.s3learning.core.scheduling.SessionMode;
import eu.s3learning.core.scheduling.SessionPlan;
import eu.s3learning.core.scheduling.SessionScheduling;
import eu.s3learning.core.scheduling.Sessions;
import eu.s3learning.core.scheduling.Venues;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.CurrentPerson;
import eu.s3learning.web.security.PageRefusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.omnifaces.cdi.Param;

/**
 * A trainer's cohort page: who is in it (approve, refuse, withdraw, open the wrap-up), the
 * live sessions (plan a new one), and the progress matrix. Only the cohort's own trainers and
 * administrators get it; anyone else gets 403.
 */
@Named
@RequestScoped
public class CohortView {

    @Inject
    Cohorts cohorts;

    @Inject
    CohortAccess access;

    @Inject
    EnrolmentService enrolments;

    @Inject
    LearnerProgress progress;

    @Inject
    Sessions sessions;

    @Inject
    SessionScheduling scheduling;

    @Inject
    Venues venues;

    @Inject
    People people;

    @Inject
    CohortService cohortService;

    @Inject
    Certificates certificates;

    @Inject
    RosterImport roster;

    @Inject
    CurrentPerson current;

    @Inject
    Texts texts;

    /** From the address, on the first request and on every postback (the forms post to the full address). */
    @Inject
    @Param(name = "id")
    Long id;
    private Cohort cohort;
    private final Map<Long, String> reasons = new HashMap<>();
    private String addEmail;
    private String trainerEmail;
    private CohortProgress matrix;
    private String filterText;
    private String filterPhase;
    private String order;

    private CohortPlanForm plan;
    private String invitees;
    private Part rosterFile;
    private List<RosterRow> rosterReport;

    private Long sessionUnit;
    private SessionMode sessionMode = SessionMode.IN_PERSON;
    private String sessionTitle;
    private LocalDateTime sessionStarts;
    private LocalDateTime sessionEnds;
    private Long sessionRoom;
    private String meetingUrl;
    private int sessionCapacity = 25;
    private LocalDateTime signupDeadline;
    private Long[] sessionTrainers;

    public void load() {
        PageRefusal.unlessAllowed(id, () -> access.mayRun(getCohort(), current.id()));
    }

    /** The cohort's plan as a form, filled from what is stored on first use. */
    public CohortPlanForm getPlan() {
        if (plan == null) {
            plan = CohortPlanForm.of(getCohort().plan());
        }
        return plan;
    }

    public void replan() {
        act(() -> enrolments.replan(current.id(), id, getPlan().toPlan()), "cohort.replanned");
    }

    public Cohort getCohort() {
        if (cohort == null) {
            cohort = cohorts.byId(id);
        }
        return cohort;
    }

    public List<Enrolment> getEnrolments() {
        return cohorts.enrolments(id);
    }

    public long count(String status) {
        return cohorts.count(id, EnrolmentStatus.valueOf(status));
    }

    public List<LiveSession> getSessions() {
        return sessions.ofCohort(id);
    }

    public long seated(LiveSession session) {
        return sessions.count(session.id(), SeatStatus.SEATED);
    }

    public long waiting(LiveSession session) {
        return sessions.count(session.id(), SeatStatus.WAITLISTED);
    }

    public List<Unit> getLiveUnits() {
        return getCohort().programme().units().stream().filter(u -> LiveSessionType.CODE.equals(u.type())).toList();
    }

    public List<Room> getRooms() {
        return venues.all().stream().flatMap(v -> v.rooms().stream()).toList();
    }

    public SessionMode[] getModes() {
        return SessionMode.values();
    }

    /** The progress matrix, filtered and sorted as the trainer asked. */
    public CohortProgress getMatrix() {
        if (matrix == null) {
            PhaseKind notCompleted = Arrays.stream(PhaseKind.values()).filter(k -> k.name().equals(filterPhase)).findFirst().orElse(null);
            matrix = progress.ofCohort(getCohort()).filtered(filterText, notCompleted, CohortProgress.Order.named(order));
        }
        return matrix;
    }

    public PhaseKind[] getPhaseKinds() {
        return PhaseKind.values();
    }

    public CohortProgress.Order[] getOrders() {
        return CohortProgress.Order.values();
    }

    /** Applies the filter (the form only carries the values; the matrix is built for this request from them). */
    public void filter() {
        matrix = null;
    }

    public Journey journey(Enrolment enrolment) {
        return progress.journeyOf(enrolment);
    }

    public void approve(long enrolmentId) {
        act(() -> enrolments.approve(current.id(), enrolmentId), "cohort.enrolment.approved");
    }

    public void refuse(long enrolmentId) {
        act(() -> enrolments.refuse(current.id(), enrolmentId, reasons.get(enrolmentId)), "cohort.enrolment.refused");
    }

    public void withdraw(long enrolmentId) {
        act(() -> enrolments.withdraw(current.id(), enrolmentId, reasons.get(enrolmentId)), "cohort.enrolment.withdrawn");
    }

    /** Who a name on the page belongs to: the trainer who opened a trainee's wrap-up. */
    public String nameOf(Long personId) {
        return personId == null ? "" : people.byId(personId).map(p -> p.fullName()).orElse("");
    }

    public void unlockWrapUp(long enrolmentId) {
        act(() -> enrolments.unlockWrapUp(current.id(), enrolmentId, reasons.get(enrolmentId)), "cohort.enrolment.wrapUpUnlocked");
    }

    /** The trainee's certificate, or null. */
    public Certificate certificate(Enrolment enrolment) {
        return certificates.of(enrolment.id()).orElse(null);
    }

    public void revokeCertificate(Enrolment enrolment) {
        act(() -> certificates.revoke(current.id(), certificates.of(enrolment.id())
                .orElseThrow(() -> new RuleViolation("error.certificate.unknown")).id(), reasons.get(enrolment.id())),
                "cohort.certificate.revoked");
    }

    /** Invites or enrols each typed address; the report says what became of each. */
    public void inviteAddresses() {
        act(() -> {
            rosterReport = roster.importAddresses(current.id(), id, invitees);
            invitees = null;
        }, "cohort.roster.done");
    }

    /** Imports a CSV roster; bad lines are reported and change nothing, good lines are imported. */
    public void importRoster() {
        if (rosterFile == null || rosterFile.getSize() == 0) {
            texts.error("error.roster.empty");
            return;
        }
        if (rosterFile.getSize() > RosterImport.MAX_BYTES) {
            texts.error("error.roster.tooLarge", RosterImport.MAX_BYTES / 1000);
            return;
        }
        try (InputStream in = rosterFile.getInputStream()) {
            act(() -> rosterReport = roster.importRoster(current.id(), id, in), "cohort.roster.done");
        } catch (IOException unreadable) {
            texts.error("error.roster.unreadable");
        }
    }

    public List<RosterRow> getRosterReport() {
        return rosterReport;
    }

    public String getInvitees() {
        return invitees;
    }

    public void setInvitees(String invitees) {
        this.invitees = invitees;
    }

    public Part getRosterFile() {
        return rosterFile;
    }

    public void setRosterFile(Part rosterFile) {
        this.rosterFile = rosterFile;
    }

    /** The people who run the cohort. */
    public List<Person> getTrainers() {
        return getCohort().trainerIds().stream().sorted().map(people::byId).flatMap(Optional::stream).toList();
    }

    /** Another trainer, found by their address, runs the cohort from now on too. */
    public void addTrainer() {
        act(() -> {
            long personId = people.byEmail(EmailAddress.of(trainerEmail)).orElseThrow(() -> new RuleViolation("error.cohort.noSuchPerson")).id();
            cohortService.addTrainer(current.id(), id, personId);
            trainerEmail = null;
        }, "cohort.trainer.added");
    }

    public void removeTrainer(long personId) {
        act(() -> scheduling.removeTrainer(current.id(), id, personId), "cohort.trainer.removed");
    }

    public String getTrainerEmail() {
        return trainerEmail;
    }

    public void setTrainerEmail(String trainerEmail) {
        this.trainerEmail = trainerEmail;
    }

    public void addTrainee() {
        act(() -> {
            long personId = people.byEmail(EmailAddress.of(addEmail)).orElseThrow(() -> new RuleViolation("error.cohort.noSuchPerson")).id();
            enrolments.admitByTrainer(current.id(), personId, id);
            addEmail = null;
        }, "cohort.enrolment.added");
    }

    public void schedule() {
        if (sessionUnit == null) {
            texts.error("error.session.unitRequired");
            return;
        }
        act(() -> scheduling.schedule(current.id(), id, new SessionPlan(sessionUnit, sessionMode, sessionTitle, sessionStarts,
                sessionEnds, sessionMode == SessionMode.IN_PERSON ? sessionRoom : null,
                sessionMode == SessionMode.ONLINE ? meetingUrl : null, sessionCapacity, signupDeadline, Set.of(getSessionTrainers()))),
                "cohort.session.scheduled");
    }

    /** Runs the step through {@link Texts#attempt}; afterwards the page shows what is stored now. */
    private void act(Runnable action, String doneKey) {
        if (texts.attempt(action, doneKey)) {
            cohort = null;
            matrix = null;
        }
    }

    public String getFilterText() {
        return filterText;
    }

    public void setFilterText(String filterText) {
        this.filterText = filterText;
    }

    public String getFilterPhase() {
        return filterPhase;
    }

    public void setFilterPhase(String filterPhase) {
        this.filterPhase = filterPhase;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public String getAddEmail() {
        return addEmail;
    }

    public void setAddEmail(String addEmail) {
        this.addEmail = addEmail;
    }

    public Long getSessionUnit() {
        return sessionUnit;
    }

    public void setSessionUnit(Long sessionUnit) {
        this.sessionUnit = sessionUnit;
    }

    public SessionMode getSessionMode() {
        return sessionMode;
    }

    public void setSessionMode(SessionMode sessionMode) {
        this.sessionMode = sessionMode;
    }

    public String getSessionTitle() {
        return sessionTitle;
    }

    public void setSessionTitle(String sessionTitle) {
        this.sessionTitle = sessionTitle;
    }

    public LocalDateTime getSessionStarts() {
        return sessionStarts;
    }

    public void setSessionStarts(LocalDateTime sessionStarts) {
        this.sessionStarts = sessionStarts;
    }

    public LocalDateTime getSessionEnds() {
        return sessionEnds;
    }

    public void setSessionEnds(LocalDateTime sessionEnds) {
        this.sessionEnds = sessionEnds;
    }

    public Long getSessionRoom() {
        return sessionRoom;
    }

    public void setSessionRoom(Long sessionRoom) {
        this.sessionRoom = sessionRoom;
    }

    public String getMeetingUrl() {
        return meetingUrl;
    }

    public void setMeetingUrl(String meetingUrl) {
        this.meetingUrl = meetingUrl;
    }

    public int getSessionCapacity() {
        return sessionCapacity;
    }

    public void setSessionCapacity(int sessionCapacity) {
        this.sessionCapacity = sessionCapacity;
    }

    public LocalDateTime getSignupDeadline() {
        return signupDeadline;
    }

    public void setSignupDeadline(LocalDateTime signupDeadline) {
        this.signupDeadline = signupDeadline;
    }

    /** Who runs the new session: the trainer planning it, unless they choose others of the cohort's trainers. */
    public Long[] getSessionTrainers() {
        return sessionTrainers == null ? new Long[] {current.id()} : sessionTrainers;
    }

    public void setSessionTrainers(Long[] sessionTrainers) {
        this.sessionTrainers = sessionTrainers;
    }
}
