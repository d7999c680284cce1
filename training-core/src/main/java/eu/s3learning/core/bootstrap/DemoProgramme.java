package eu.s3learning.core.bootstrap;

import eu.s3learning.core.cohort.CohortPlan;
import eu.s3learning.core.cohort.CohortService;
import eu.s3learning.core.cohort.EnrolmentMode;
import eu.s3learning.core.cohort.EnrolmentService;
import eu.s3learning.core.cohort.PreparationGate;
import eu.s3learning.core.identity.EmailAddress;
import eu.s3learning.core.identity.Language;
import eu.s3learning.core.identity.People;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.identity.Role;
import eu.s3learning.core.programme.CompletionMode;
import eu.s3learning.core.programme.CourseModule;
import eu.s3learning.core.programme.PhaseCompletionRule;
import eu.s3learning.core.programme.PhaseKind;
import eu.s3learning.core.programme.Programme;
import eu.s3learning.core.programme.ProgrammeAuthoring;
import eu.s3learning.core.programme.Programmes;
import eu.s3learning.core.programme.Unit;
import eu.s3learning.core.programme.UnitChange;
import eu.s3learning.core.programme.types.LinkType;
import eu.s3learning.core.programme.types.LiveSessionType;
import eu.s3learning.core.programme.types.PageType;
import eu.s3learning.core.scheduling.Room;
import eu.s3learning.core.scheduling.SessionMode;
import eu.s3learning.core.scheduling.SessionPlan;
import eu.s3learning.core.scheduling.SessionScheduling;
import eu.s3learning.core.scheduling.Venue;
import eu.s3learning.core.scheduling.Venues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The S3 training package as demo content, in English and in Romanian, with one running cohort
 * in Bucharest (dates around today, so every phase can be tried) and the demo trainee enrolled.
 * Created only in demo mode, and only once.
 */
@ApplicationScoped
public class DemoProgramme {

    private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

    @Inject
    Programmes programmes;

    @Inject
    ProgrammeAuthoring authoring;

    @Inject
    CohortService cohortService;

    @Inject
    EnrolmentService enrolments;

    @Inject
    Venues venues;

    @Inject
    SessionScheduling scheduling;

    @Inject
    People people;

    @Inject
    Clock clock;

    @Transactional
    public void create() {
        if (!programmes.all().isEmpty()) {
            return;
        }
        long trainer = demo(Role.TRAINER).id();
        Programme english = programme(trainer, DemoTexts.EN);
        programme(trainer, DemoTexts.RO);
        cohort(trainer, english);
    }

    private Person demo(Role role) {
        return people.byEmail(EmailAddress.of(AccountBootstrap.DEMO_ACCOUNTS.get(role))).orElseThrow();
    }

    private Programme programme(long author, DemoTexts t) {
        Programme programme = authoring.create(author, t.title, t.summary, t.language);
        long preparation = programme.phase(PhaseKind.PREPARATION).id();
        authoring.describePhase(author, preparation, t.preparation, PhaseCompletionRule.ALL_REQUIRED, 0);
        CourseModule concept = authoring.addModule(author, preparation, t.conceptModule, t.conceptSummary);
        page(author, concept, t.conceptPage, t.conceptHtml, CompletionMode.VIEWED, 30);
        page(author, concept, t.strengthsPage, t.strengthsHtml, CompletionMode.MARKED_DONE, 60);
        Unit platform = authoring.addUnit(author, concept.id(), LinkType.CODE, t.platformLink, "https://s3platform.jrc.ec.europa.eu/");
        authoring.editUnit(author, platform.id(), new UnitChange(t.platformLink, null, CompletionMode.VIEWED, false, 15));
        CourseModule design = authoring.addModule(author, preparation, t.designModule, t.designSummary);
        page(author, design, t.designPage, t.designHtml, CompletionMode.MARKED_DONE, 45);

        long faceToFace = programme.phase(PhaseKind.FACE_TO_FACE).id();
        authoring.describePhase(author, faceToFace, t.faceToFace, PhaseCompletionRule.ALL_REQUIRED, 0);
        CourseModule days = authoring.addModule(author, faceToFace, t.daysModule, t.daysSummary);
        live(author, days, t.dayOne, t.dayOneHtml, 7 * 60);
        live(author, days, t.dayTwo, t.dayTwoHtml, 7 * 60);

        long wrapUp = programme.phase(PhaseKind.WRAP_UP).id();
        authoring.describePhase(author, wrapUp, t.wrapUp, PhaseCompletionRule.ALL_REQUIRED, 0);
        CourseModule conclusions = authoring.addModule(author, wrapUp, t.conclusionsModule, t.conclusionsSummary);
        live(author, conclusions, t.onlineDay, t.onlineDayHtml, 3 * 60);
        page(author, conclusions, t.actionPlanPage, t.actionPlanHtml, CompletionMode.MARKED_DONE, 60);
        return programme;
    }

    private void page(long author, CourseModule module, String title, String html, CompletionMode completion, int minutes) {
        Unit unit = authoring.addUnit(author, module.id(), PageType.CODE, title, html);
        authoring.editUnit(author, unit.id(), new UnitChange(title, null, completion, true, minutes));
    }

    private void live(long author, CourseModule module, String title, String html, int minutes) {
        Unit unit = authoring.addUnit(author, module.id(), LiveSessionType.CODE, title, html);
        authoring.editUnit(author, unit.id(), new UnitChange(title, null, CompletionMode.ATTENDED, true, minutes));
    }

    private void cohort(long trainer, Programme programme) {
        LocalDate today = LocalDate.now(clock.withZone(BUCHAREST));
        LocalDate firstDay = today.plusDays(18);
        CohortPlan plan = new CohortPlan("Bucharest " + firstDay.getYear(), "en", BUCHAREST.getId(), 30,
                EnrolmentMode.OPEN, PreparationGate.REQUIRED,
                today.plusDays(14).atTime(18, 0), today.minusDays(7).atTime(9, 0), today.plusDays(16).atTime(23, 59),
                firstDay, firstDay.plusDays(1), firstDay.plusDays(3).atTime(9, 0), firstDay.plusDays(30).atTime(18, 0));
        long cohort = cohortService.create(trainer, programme.id(), plan).id();

        Venue venue = venues.create(trainer, "Bucharest-Ilfov Regional Development Agency, training centre",
                "Strada Eminescu 1, 010511 Bucharest, Romania", "https://www.openstreetmap.org/#map=17/44.4437/26.0974",
                "Step-free entrance on the side street; lift to every floor; hearing loop in the Danube room.", BUCHAREST.getId());
        Room danube = venues.addRoom(trainer, venue.id(), "Danube room", 30);
        venues.addRoom(trainer, venue.id(), "Carpathian room", 16);

        List<Unit> days = programme.phase(PhaseKind.FACE_TO_FACE).units();
        LocalDateTime deadline = today.plusDays(16).atTime(23, 59);
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = firstDay.plusDays(i);
            scheduling.schedule(trainer, cohort, new SessionPlan(days.get(i).id(), SessionMode.IN_PERSON, days.get(i).title(),
                    day.atTime(9, 0), day.atTime(17, 0), danube.id(), null, 30, deadline, Set.of(trainer)));
        }
        Unit online = programme.phase(PhaseKind.WRAP_UP).units().get(0);
        LocalDate onlineDay = firstDay.plusDays(5);
        scheduling.schedule(trainer, cohort, new SessionPlan(online.id(), SessionMode.ONLINE, online.title(),
                onlineDay.atTime(LocalTime.of(10, 0)), onlineDay.atTime(LocalTime.of(13, 0)), null,
                "https://meet.jit.si/S3-demo-conclusions", 30, onlineDay.atTime(9, 0), Set.of(trainer)));

        enrolments.enrol(demo(Role.TRAINEE).id(), cohort);
    }
}
