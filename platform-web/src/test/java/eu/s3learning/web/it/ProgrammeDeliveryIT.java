package eu.s3learning.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.certificate.Certificate;
import eu.s3learning.core.certificate.CertificateDocument;
import eu.s3learning.core.certificate.Certificates;
import eu.s3learning.core.cohort.Cohort;
import eu.s3learning.core.cohort.CohortPlan;
import eu.s3learning.core.cohort.CohortService;
import eu.s3learning.core.cohort.Cohorts;
import eu.s3learning.core.cohort.Enrolment;
import eu.s3learning.core.cohort.EnrolmentMode;
import eu.s3learning.core.cohort.EnrolmentService;
import eu.s3learning.core.cohort.EnrolmentStatus;
import eu.s3learning.core.cohort.Invitations;
import eu.s3learning.core.cohort.PreparationGate;
import eu.s3learning.core.cohort.RosterImport;
import eu.s3learning.core.cohort.RosterRow;
import eu.s3learning.core.identity.EmailAddress;
import eu.s3learning.core.identity.PasswordHasher;
import eu.s3learning.core.identity.People;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.identity.Profile;
import eu.s3learning.core.identity.Role;
import eu.s3learning.core.journal.LearningEvent;
import eu.s3learning.core.journal.LearningEventType;
import eu.s3learning.core.journal.LearningJournal;
import eu.s3learning.core.mail.MailDelivery;
import eu.s3learning.core.mail.MailDispatcher;
import eu.s3learning.core.mail.MailKind;
import eu.s3learning.core.mail.MailQueue;
import eu.s3learning.core.mail.MailTemplates;
import eu.s3learning.core.notice.NoticeSweep;
import eu.s3learning.core.programme.CompletionMode;
import eu.s3learning.core.programme.CourseModule;
import eu.s3learning.core.programme.PhaseKind;
import eu.s3learning.core.programme.Programme;
import eu.s3learning.core.programme.ProgrammeAuthoring;
import eu.s3learning.core.programme.Unit;
import eu.s3learning.core.programme.UnitChange;
import eu.s3learning.core.programme.types.FileType;
import eu.s3learning.core.programme.types.LiveSessionType;
import eu.s3learning.core.programme.types.PageType;
import eu.s3learning.core.programme.types.UnitFile;
import eu.s3learning.core.programme.types.UnitFiles;
import eu.s3learning.core.progress.LearnerProgress;
import eu.s3learning.core.progress.PhaseStatus;
import eu.s3learning.core.scheduling.AttendanceRegister;
import eu.s3learning.core.scheduling.AttendanceStatus;
import eu.s3learning.core.scheduling.CalendarFeeds;
import eu.s3learning.core.scheduling.LiveSession;
import eu.s3learning.core.scheduling.Room;
import eu.s3learning.core.scheduling.Seat;
import eu.s3learning.core.scheduling.SeatBooking;
import eu.s3learning.core.scheduling.SeatStatus;
import eu.s3learning.core.scheduling.SessionMode;
import eu.s3learning.core.scheduling.SessionPlan;
import eu.s3learning.core.scheduling.SessionScheduling;
import eu.s3learning.core.scheduling.Sessions;
import eu.s3learning.core.scheduling.SignUpOutcome;
import eu.s3learning.core.scheduling.SignUpQueue;
import eu.s3learning.core.scheduling.Venue;
import eu.s3learning.core.scheduling.Venues;
import eu.s3learning.core.settings.PlatformSettings;
import eu.s3learning.core.tracking.forwarding.ProgrammeActivity;
import eu.s3learning.core.tracking.lrs.statement.StatementFilter;
import eu.s3learning.core.tracking.lrs.statement.StatementStore;
import eu.s3learning.core.tracking.platform.PlatformStatements;
import eu.s3learning.xapi.Activity;
import eu.s3learning.xapi.Agent;
import eu.s3learning.xapi.InverseFunctionalIdentifier;
import eu.s3learning.xapi.Iri;
import eu.s3learning.xapi.Statement;
import eu.s3learning.xapi.StatementReader;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The blended programme's rules inside Payara Micro against the configured database (MariaDB
 * in CI): every refusal, the seat race, waitlist promotion, calendar sequences and
 * cancellations, attendance and gates, and who may do what.
 */
@ExtendWith(ArquillianExtension.class)
class ProgrammeDeliveryIT {

    private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

    @Deployment
    static WebArchive deployment() {
        return PlatformDeployment.war().addClasses(WebSession.class, InTransaction.class, InTransaction.RolledBack.class, ProfileTemplates.class)
                .addAsResource(new java.io.File("../docs/xapi-profile.jsonld"), ProfileTemplates.RESOURCE);
    }

    @Inject
    People people;

    @Inject
    ProgrammeAuthoring authoring;

    @Inject
    UnitFiles unitFiles;

    @Inject
    CohortService cohortService;

    @Inject
    Cohorts cohorts;

    @Inject
    EnrolmentService enrolments;

    @Inject
    Venues venues;

    @Inject
    SessionScheduling scheduling;

    @Inject
    SeatBooking booking;

    @Inject
    SignUpQueue signUps;

    @Inject
    Sessions sessions;

    @Inject
    AttendanceRegister attendance;

    @Inject
    LearnerProgress progress;

    @Inject
    LearningJournal journal;

    @Inject
    StatementStore statements;

    @Inject
    PlatformSettings platformSettings;

    @Inject
    CalendarFeeds feeds;

    @Inject
    Certificates certificates;

    @Inject
    NoticeSweep noticeSweep;

    @Inject
    Invitations invitations;

    @Inject
    RosterImport roster;

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    InTransaction transaction;

    @Inject
    MailQueue mailQueue;

    @Inject
    MailDelivery mailDelivery;

    /** Reads in a transaction of its own: outside one, the container's entity manager may close mid-query. */
    private <T> T read(Supplier<T> query) {
        return transaction.call(query);
    }

    /** One small programme: a page to prepare, two face-to-face days, an online conclusions day. */
    private final class Setting {
        final long trainer = person(Role.TRAINER).id();
        final Programme programme = programme(trainer);
        final Unit reading = programme.phase(PhaseKind.PREPARATION).units().get(0);
        final Unit dayOne = programme.phase(PhaseKind.FACE_TO_FACE).units().get(0);
        final Unit dayTwo = programme.phase(PhaseKind.FACE_TO_FACE).units().get(1);
        final Unit conclusions = programme.phase(PhaseKind.WRAP_UP).units().get(0);
        final Room room = room(trainer, 30);
        final LocalDate today = LocalDate.now(BUCHAREST);
        final Cohort cohort;

        Setting(int capacity, EnrolmentMode mode) {
            cohort = cohortService.create(trainer, programme.id(), plan("IT cohort " + UUID.randomUUID(), capacity, mode));
        }

        CohortPlan plan(String name, int capacity, EnrolmentMode mode) {
            return new CohortPlan(name, "en", BUCHAREST.getId(), capacity, mode, PreparationGate.REQUIRED,
                    today.plusDays(9).atTime(18, 0), today.minusDays(1).atTime(9, 0), today.plusDays(9).atTime(23, 0),
                    today.plusDays(10), today.plusDays(11), today.plusDays(12).atTime(9, 0), today.plusDays(40).atTime(18, 0));
        }

        LiveSession inPerson(Unit unit, int day, int capacity) {
            return scheduling.schedule(trainer, cohort.id(), new SessionPlan(unit.id(), SessionMode.IN_PERSON, unit.title(),
                    today.plusDays(day).atTime(9, 0), today.plusDays(day).atTime(17, 0), room.id(), null, capacity,
                    today.plusDays(9).atTime(12, 0), Set.of(trainer)));
        }

        Enrolment enrolled() {
            return enrolments.enrol(person(Role.TRAINEE).id(), cohort.id());
        }

        Enrolment prepared() {
            Enrolment enrolment = enrolled();
            progress.experienced(enrolment.person().id(), enrolment.id(), reading.id());
            return enrolment;
        }
    }

    private Person person(Role role) {
        return person(role, "en", "Europe/Bucharest");
    }

    private Person person(Role role, String language, String zone) {
        Person person = new Person(EmailAddress.of("it-" + UUID.randomUUID().toString().substring(0, 8) + "@example.ro"),
                Profile.of(role.name() + " " + UUID.randomUUID().toString().substring(0, 4), "ADR Nord-Est", "RO", language, zone),
                PasswordHasher.hash("it programme passphrase"), java.time.Instant.now());
        person.verifyEmail(java.time.Instant.now());
        person.replaceRoles(role == Role.TRAINEE ? Set.of(Role.TRAINEE) : Set.of(role, Role.TRAINEE));
        people.add(person);
        return person;
    }

    private Programme programme(long trainer) {
        Programme programme = authoring.create(trainer, "S3 package " + UUID.randomUUID(), "", eu.s3learning.core.identity.Language.EN);
        CourseModule concept = authoring.addModule(trainer, programme.phase(PhaseKind.PREPARATION).id(), "The S3 concept", "");
        authoring.addUnit(trainer, concept.id(), PageType.CODE, "What S3 is", "<p>Smart specialisation</p>");
        CourseModule days = authoring.addModule(trainer, programme.phase(PhaseKind.FACE_TO_FACE).id(), "Days", "");
        authoring.addUnit(trainer, days.id(), LiveSessionType.CODE, "Day 1", null);
        authoring.addUnit(trainer, days.id(), LiveSessionType.CODE, "Day 2", null);
        CourseModule wrap = authoring.addModule(trainer, programme.phase(PhaseKind.WRAP_UP).id(), "Conclusions", "");
        authoring.addUnit(trainer, wrap.id(), LiveSessionType.CODE, "Online conclusions", null);
        return read(() -> em.find(Programme.class, programme.id()));
    }

    private Room room(long trainer, int seats) {
        Venue venue = venues.create(trainer, "Venue " + UUID.randomUUID(), "Strada Mare 1, Iași", null, "Step-free", "Europe/Bucharest");
        return venues.addRoom(trainer, venue.id(), "Room A", seats);
    }

    private static String refusal(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).messageKey();
    }

    private List<String> calendars(Person person) {
        return read(() -> em.createQuery("select m.calendar from OutgoingMail m where m.recipient = :r and m.calendar is not null"
                + " order by m.id", String.class).setParameter("r", person.email().value()).getResultList());
    }

    private static Calendar parsed(String text) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        assertFalse(calendar.validate().hasErrors(), () -> calendar.validate().toString());
        return calendar;
    }

    private static String property(Calendar calendar, String name) {
        return calendar.getComponent("VEVENT").orElseThrow().getProperty(name).orElseThrow().getValue();
    }

    @Test
    void badCohortPlansAreRefusedAndChangeNothing() {
        Setting s = new Setting(2, EnrolmentMode.OPEN);
        CohortPlan good = s.plan("Renamed", 2, EnrolmentMode.OPEN);
        assertEquals("error.cohort.windowReversed", refusal(() -> enrolments.replan(s.trainer, s.cohort.id(), new CohortPlan(
                "x", "en", BUCHAREST.getId(), 2, EnrolmentMode.OPEN, PreparationGate.REQUIRED, good.enrolmentCloses(),
                good.preparationCloses(), good.preparationOpens(), good.firstDay(), good.secondDay(), good.wrapUpOpens(), good.wrapUpCloses()))));
        assertEquals("error.cohort.windowsOverlap", refusal(() -> enrolments.replan(s.trainer, s.cohort.id(), new CohortPlan(
                "x", "en", BUCHAREST.getId(), 2, EnrolmentMode.OPEN, PreparationGate.REQUIRED, good.enrolmentCloses(),
                good.preparationOpens(), good.wrapUpOpens().plusDays(1), good.firstDay(), good.secondDay(), good.wrapUpOpens(), good.wrapUpCloses()))));
        assertEquals("error.cohort.faceToFaceOutside", refusal(() -> enrolments.replan(s.trainer, s.cohort.id(), new CohortPlan(
                "x", "en", BUCHAREST.getId(), 2, EnrolmentMode.OPEN, PreparationGate.REQUIRED, good.enrolmentCloses(),
                good.preparationOpens(), good.preparationCloses(), good.firstDay(), good.wrapUpCloses().toLocalDate().plusDays(3),
                good.wrapUpOpens(), good.wrapUpCloses()))));
        s.enrolled();
        s.enrolled();
        assertEquals("error.cohort.capacityBelowEnrolment", refusal(() -> enrolments.replan(s.trainer, s.cohort.id(),
                s.plan("Renamed", 1, EnrolmentMode.OPEN))));
        Cohort unchanged = cohorts.byId(s.cohort.id());
        assertEquals(2, unchanged.capacity());
        assertEquals(s.cohort.name(), unchanged.name());
    }

    @Test
    void enrolmentAfterClosingIsRefused() {
        Setting s = new Setting(5, EnrolmentMode.OPEN);
        LocalDate past = s.today.minusDays(30);
        enrolments.replan(s.trainer, s.cohort.id(), new CohortPlan("Closed", "en", BUCHAREST.getId(), 5, EnrolmentMode.OPEN,
                PreparationGate.REQUIRED, past.atTime(10, 0), past.minusDays(5).atTime(9, 0), past.plusDays(1).atTime(9, 0),
                past.plusDays(2), past.plusDays(3), past.plusDays(4).atTime(9, 0), s.today.plusDays(30).atTime(9, 0)));
        long trainee = person(Role.TRAINEE).id();
        assertEquals("error.enrolment.closed", refusal(() -> enrolments.enrol(trainee, s.cohort.id())));
        assertTrue(cohorts.enrolment(s.cohort.id(), trainee).isEmpty());
    }

    @Test
    void aFullCohortWaitlistsInArrivalOrderAndAWithdrawalPromotesTheFirst() {
        Setting s = new Setting(1, EnrolmentMode.OPEN);
        Enrolment first = s.enrolled();
        Enrolment second = s.enrolled();
        Enrolment third = s.enrolled();
        assertEquals(EnrolmentStatus.ENROLLED, first.status());
        assertEquals(EnrolmentStatus.WAITLISTED, second.status());
        assertEquals(EnrolmentStatus.WAITLISTED, third.status());
        assertEquals("error.enrolment.reasonRequired", refusal(() -> enrolments.withdraw(first.person().id(), first.id(), " ")));
        enrolments.withdraw(first.person().id(), first.id(), "Moved to another agency");
        assertEquals(EnrolmentStatus.WITHDRAWN, cohorts.enrolment(first.id()).status());
        assertEquals(EnrolmentStatus.ENROLLED, cohorts.enrolment(second.id()).status());
        assertEquals(EnrolmentStatus.WAITLISTED, cohorts.enrolment(third.id()).status());
        List<String> subjects = read(() -> em.createQuery("select m.subject from OutgoingMail m where m.recipient = :r order by m.id",
                String.class).setParameter("r", second.person().email().value()).getResultList());
        assertEquals(List.of("You are on the waiting list", "You are enrolled"), subjects);
        assertEveryStatementFitsTheProfile(first, second, third);
    }

    @Test
    void approvalModeWaitsForATrainerWhoMustGiveAReasonToRefuse() {
        Setting s = new Setting(5, EnrolmentMode.APPROVAL);
        Enrolment asked = s.enrolled();
        Enrolment other = s.enrolled();
        assertEquals(EnrolmentStatus.PENDING, asked.status());
        long stranger = person(Role.TRAINER).id();
        assertEquals("error.forbidden", refusal(() -> enrolments.approve(stranger, asked.id())));
        enrolments.approve(s.trainer, asked.id());
        assertEquals("error.enrolment.reasonRequired", refusal(() -> enrolments.refuse(s.trainer, other.id(), "")));
        enrolments.refuse(s.trainer, other.id(), "This run is for agency staff of the North-East region");
        assertEveryStatementFitsTheProfile(asked, other);
        assertEquals(EnrolmentStatus.ENROLLED, cohorts.enrolment(asked.id()).status());
        assertEquals(EnrolmentStatus.REFUSED, cohorts.enrolment(other.id()).status());
        assertEquals("error.enrolment.notPending", refusal(() -> enrolments.approve(s.trainer, other.id())));
    }

    @Test
    void roomsTrainersAndTraineesAreNeverBookedTwiceAtOnce() {
        Setting s = new Setting(10, EnrolmentMode.OPEN);
        LiveSession dayOne = s.inPerson(s.dayOne, 10, 10);
        assertEquals("error.session.roomBooked", refusal(() -> s.inPerson(s.dayTwo, 10, 10)));
        Room otherRoom = room(s.trainer, 10);
        assertEquals("error.session.trainerBooked", refusal(() -> scheduling.schedule(s.trainer, s.cohort.id(), new SessionPlan(
                s.dayTwo.id(), SessionMode.IN_PERSON, "Clash", s.today.plusDays(10).atTime(16, 0), s.today.plusDays(10).atTime(18, 0),
                otherRoom.id(), null, 10, s.today.plusDays(9).atTime(12, 0), Set.of(s.trainer)))));
        long secondTrainer = person(Role.TRAINER).id();
        SessionPlan runBySecond = new SessionPlan(s.dayTwo.id(), SessionMode.IN_PERSON, "Day 2, parallel",
                s.today.plusDays(10).atTime(16, 0), s.today.plusDays(10).atTime(18, 0), otherRoom.id(), null, 10,
                s.today.plusDays(9).atTime(12, 0), Set.of(secondTrainer));
        assertEquals("error.session.trainerNotInCohort", refusal(() -> scheduling.schedule(s.trainer, s.cohort.id(), runBySecond)),
                "a session is run by the cohort's own trainers");
        cohortService.addTrainer(s.trainer, s.cohort.id(), secondTrainer);
        LiveSession overlapping = scheduling.schedule(s.trainer, s.cohort.id(), new SessionPlan(s.dayTwo.id(), SessionMode.IN_PERSON,
                "Day 2, parallel", s.today.plusDays(10).atTime(16, 0), s.today.plusDays(10).atTime(18, 0), otherRoom.id(), null, 10,
                s.today.plusDays(9).atTime(12, 0), Set.of(secondTrainer)));
        Enrolment trainee = s.prepared();
        booking.signUp(trainee.person().id(), dayOne.id());
        assertEquals("error.seat.overlap", refusal(() -> booking.signUp(trainee.person().id(), overlapping.id())));
        LiveSession secondDayOne = scheduling.schedule(secondTrainer, s.cohort.id(), new SessionPlan(s.dayOne.id(), SessionMode.IN_PERSON,
                "Day 1, second group", s.today.plusDays(11).atTime(9, 0), s.today.plusDays(11).atTime(12, 0), otherRoom.id(), null, 10,
                s.today.plusDays(9).atTime(12, 0), Set.of(secondTrainer)));
        assertEquals("error.seat.sameDay", refusal(() -> booking.signUp(trainee.person().id(), secondDayOne.id())));
        assertEquals("error.session.capacityAboveRoom", refusal(() -> s.inPerson(s.dayTwo, 11, 31)));
        assertEquals("error.session.outsideCohort", refusal(() -> s.inPerson(s.dayTwo, 60, 5)));

        assertEquals("error.cohort.trainerRunsSessions", refusal(() -> scheduling.removeTrainer(s.trainer, s.cohort.id(), secondTrainer)),
                "a trainer leaves the group only once their sessions are given to others or cancelled");
        scheduling.cancel(secondTrainer, overlapping.id(), "Merged with the main group");
        scheduling.cancel(secondTrainer, secondDayOne.id(), "Merged with the main group");
        scheduling.removeTrainer(s.trainer, s.cohort.id(), secondTrainer);
        assertFalse(cohorts.byId(s.cohort.id()).trainedBy(secondTrainer));
        assertEquals("error.cohort.lastTrainer", refusal(() -> scheduling.removeTrainer(s.trainer, s.cohort.id(), s.trainer)));
    }

    /**
     * One person is in one place at a time, whichever cohorts the sessions belong to: booked one after the other,
     * through the queue, by a trainer, and when both sign-ups come at the same moment.
     */
    @Test
    void aTraineeInTwoCohortsIsNeverBookedIntoTwoOverlappingSessions() throws Exception {
        Setting first = new Setting(10, EnrolmentMode.OPEN);
        Setting second = new Setting(10, EnrolmentMode.OPEN);
        LiveSession here = first.inPerson(first.dayOne, 10, 10);
        LiveSession there = second.inPerson(second.dayOne, 10, 10);
        LiveSession thereNextDay = second.inPerson(second.dayTwo, 11, 10);
        Enrolment inFirst = first.prepared();
        long trainee = inFirst.person().id();
        Enrolment inSecond = alsoPreparedIn(second, trainee);

        booking.signUp(trainee, here.id());
        assertEquals("error.seat.overlap", refusal(() -> booking.signUp(trainee, there.id())));
        assertEquals("error.seat.overlap", refusal(() -> signUps.signUp(trainee, there.id())));
        assertEquals("error.seat.overlap", refusal(() -> booking.signUpOnBehalf(second.trainer, inSecond.id(), there.id())));
        assertEquals(SeatStatus.SEATED, booking.signUp(trainee, thereNextDay.id()).status(), "another day clashes with nothing");

        long both = first.prepared().person().id();
        alsoPreparedIn(second, both);
        List<String> answers = atOnce(List.of(here.id(), there.id()), session -> {
            try {
                return signUps.signUp(both, session).seat().status().name();
            } catch (RuleViolation refused) {
                return refused.messageKey();
            }
        });
        assertEquals(Set.of("SEATED", "error.seat.overlap"), Set.copyOf(answers), answers::toString);
        assertEquals(1, read(() -> em.createQuery("select count(s) from Seat s where s.enrolment.person.id = :p"
                + " and s.status = :seated", Long.class).setParameter("p", both).setParameter("seated", SeatStatus.SEATED)
                .getSingleResult()).intValue());
    }

    private Enrolment alsoPreparedIn(Setting setting, long personId) {
        Enrolment enrolment = enrolments.enrol(personId, setting.cohort.id());
        progress.experienced(personId, enrolment.id(), setting.reading.id());
        return enrolment;
    }

    /**
     * More racers than the pool has connections (32), each on a thread of its own: while every connection was held
     * by a racer waiting for the session's lock, the lock's holder used to need a second one for its xAPI
     * statement, and all waited until the lock wait timed out.
     */
    @Test
    void signUpWaitsForPreparationAndTheLastSeatGoesToExactlyOne() throws Exception {
        Setting s = new Setting(50, EnrolmentMode.OPEN);
        LiveSession day = s.inPerson(s.dayOne, 10, 5);
        Enrolment unprepared = s.enrolled();
        assertEquals("error.session.phaseLocked", refusal(() -> booking.signUp(unprepared.person().id(), day.id())));

        List<Long> racers = preparedTrainees(s, 40);
        int seated = 0;
        int waiting = 0;
        for (SeatStatus outcome : atOnce(racers, racer -> booking.signUp(racer, day.id()).status())) {
            if (outcome == SeatStatus.SEATED) {
                seated++;
            } else {
                waiting++;
            }
        }
        assertEquals(5, seated);
        assertEquals(35, waiting);
        assertEquals(5, sessions.count(day.id(), SeatStatus.SEATED), "what the database holds agrees with the answers");
        List<Seat> line = sessions.seats(day.id(), SeatStatus.WAITLISTED);
        for (int i = 1; i < line.size(); i++) {
            assertFalse(line.get(i).requestedAt().isBefore(line.get(i - 1).requestedAt()), "waiting in arrival order");
        }
    }

    /**
     * The journey page's sign-ups go through the queue, which books the requests that arrive together as one
     * group: the rules come out as one by one. A trainee who presses twice gets one place and a refusal, and
     * nobody waits in line who asked before someone seated.
     */
    @Test
    void signUpsBookedInGroupsKeepPlacesOrderAndRules() throws Exception {
        Setting s = new Setting(60, EnrolmentMode.OPEN);
        LiveSession day = s.inPerson(s.dayOne, 10, 5);
        Enrolment unprepared = s.enrolled();
        assertEquals("error.session.phaseLocked", refusal(() -> signUps.signUp(unprepared.person().id(), day.id())));

        List<Long> racers = preparedTrainees(s, 40);
        racers.add(racers.get(0));
        Map<String, Integer> answers = new HashMap<>();
        for (String answer : atOnce(racers, racer -> {
            try {
                return signUps.signUp(racer, day.id()).seat().status().name();
            } catch (RuleViolation refused) {
                return refused.messageKey();
            }
        })) {
            answers.merge(answer, 1, Integer::sum);
        }
        assertEquals(Map.of("SEATED", 5, "WAITLISTED", 35, "error.seat.already", 1), answers);
        List<Seat> seated = sessions.seats(day.id(), SeatStatus.SEATED);
        List<Seat> line = sessions.seats(day.id(), SeatStatus.WAITLISTED);
        assertEquals(5, seated.size(), "what the database holds agrees with the answers");
        Instant lastSeated = seated.stream().map(Seat::requestedAt).max(Instant::compareTo).orElseThrow();
        assertTrue(line.stream().allMatch(w -> w.requestedAt().isAfter(lastSeated)), "the seats went to the first who asked");
        assertEquals(40L, read(() -> em.createQuery("select count(e) from LearningEvent e where e.sessionId = :s", Long.class)
                .setParameter("s", day.id()).getSingleResult()).longValue(), "one event for each seat or place in line, none for the refusal");
    }

    /** The ids of as many new trainees, each enrolled in the setting's cohort with the preparation done. */
    private List<Long> preparedTrainees(Setting s, int count) {
        List<Long> trainees = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            trainees.add(s.prepared().person().id());
        }
        return trainees;
    }

    /** Each person's sign-up on a thread of its own, all released at once; the answers in the order of the people. */
    private <T> List<T> atOnce(List<Long> people, Function<Long, T> signUp) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<FutureTask<T>> outcomes = new ArrayList<>();
        for (long person : people) {
            FutureTask<T> outcome = new FutureTask<>(() -> {
                start.await();
                return signUp.apply(person);
            });
            threads.newThread(outcome).start();
            outcomes.add(outcome);
        }
        start.countDown();
        List<T> answers = new ArrayList<>();
        for (Future<T> outcome : outcomes) {
            answers.add(outcome.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }

    @Test
    void aGroupOfSignUpsRefusesOnlyTheRequestsThatBreakARule() {
        Setting s = new Setting(10, EnrolmentMode.OPEN);
        LiveSession day = s.inPerson(s.dayOne, 10, 1);
        Enrolment first = s.prepared();
        Enrolment second = s.prepared();
        Enrolment unprepared = s.enrolled();
        Enrolment elsewhere = new Setting(10, EnrolmentMode.OPEN).prepared();
        List<SignUpOutcome> outcomes = booking.signUpAll(day.id(), List.of(first.person().id(),
                elsewhere.person().id(), unprepared.person().id(), first.person().id(), second.person().id()));
        assertEquals(SeatStatus.SEATED, outcomes.get(0).seat().status());
        assertEquals(0, outcomes.get(0).placesLeft(), "the only place is taken from the first booking on");
        assertEquals("error.enrolment.notActive", outcomes.get(1).refusal().messageKey(), "not in the session's cohort");
        assertEquals("error.session.phaseLocked", outcomes.get(2).refusal().messageKey(), "preparation not complete");
        assertEquals("error.seat.already", outcomes.get(3).refusal().messageKey());
        assertEquals(SeatStatus.WAITLISTED, outcomes.get(4).seat().status(), "the only place went to the first");
        assertTrue(sessions.seatsOf(elsewhere.id()).isEmpty() && sessions.seatsOf(unprepared.id()).isEmpty(),
                "a refused request books nothing");
        assertEquals(1, calendars(first.person()).size(), "the seated trainee has the invitation");
        assertTrue(calendars(second.person()).isEmpty(), "no calendar entry while waiting");
    }

    /**
     * The journey page's script books and gives up places through /trainee/seats under the same rules as the
     * page's form, and a request without the sign-in's token, for another's place, malformed or oversized
     * changes nothing.
     */
    @Test
    void theJourneyScriptBooksAndGivesUpPlacesUnderTheSameRulesAndRefusesBadRequests() throws Exception {
        Setting s = new Setting(10, EnrolmentMode.OPEN);
        LiveSession day = s.inPerson(s.dayOne, 10, 1);
        Enrolment ana = s.prepared();
        Enrolment dan = s.prepared();
        Enrolment unprepared = s.enrolled();
        WebSession anas = web(ana);
        WebSession dans = web(dan);
        String anasToken = WebSession.scriptToken(anas.get("trainee/journey.xhtml?enrolment=" + ana.id()).body());
        String dansToken = WebSession.scriptToken(dans.get("trainee/journey.xhtml?enrolment=" + dan.id()).body());
        String signUp = "action=sign-up&session=" + day.id();

        assertEquals(403, anas.script("trainee/seats", null, signUp).statusCode(), "no token");
        assertEquals("error.request.stale", json(anas.script("trainee/seats", dansToken, signUp)).getString("error"), "another sign-in's token");
        assertEquals(400, anas.script("trainee/seats", anasToken, "action=dance&session=" + day.id()).statusCode());
        assertEquals(400, anas.script("trainee/seats", anasToken, "action=sign-up&session=first").statusCode());
        assertEquals(404, anas.script("trainee/seats", anasToken, "action=sign-up&session=" + Long.MAX_VALUE).statusCode());
        assertEquals("error.request.tooLarge", json(anas.script("trainee/seats", anasToken, signUp + "&filler=" + "x".repeat(4000)),
                413).getString("error"));
        assertEquals(405, anas.get("trainee/seats").statusCode());
        assertTrue(sessions.seats(day.id(), SeatStatus.SEATED).isEmpty(), "no refused request booked anything");

        HttpResponse<String> booked = anas.script("trainee/seats", anasToken, signUp);
        assertEquals(200, booked.statusCode(), booked.body());
        JsonObject seat = json(booked);
        assertEquals("SEATED", seat.getString("outcome"));
        assertEquals("Booked", seat.getString("status"));
        assertEquals("0 / 1", seat.getString("places"));
        assertTrue(seat.getString("message").startsWith("Your place is booked."), seat.getString("message"));
        HttpResponse<String> again = anas.script("trainee/seats", anasToken, signUp);
        assertEquals(409, again.statusCode());
        assertEquals("You are already signed up for this session.", json(again).getString("message"));
        assertEquals("WAITLISTED", json(dans.script("trainee/seats", dansToken, signUp)).getString("outcome"));
        WebSession unpreparedOnes = web(unprepared);
        assertEquals("error.session.phaseLocked", json(unpreparedOnes.script("trainee/seats", WebSession.scriptToken(
                unpreparedOnes.get("trainee/journey.xhtml?enrolment=" + unprepared.id()).body()), signUp)).getString("error"));

        String leaveAnas = "action=leave&seat=" + seat.getJsonNumber("seat").longValue();
        assertEquals(403, dans.script("trainee/seats", dansToken, leaveAnas).statusCode(), "nobody gives up another's place");
        JsonObject left = json(anas.script("trainee/seats", anasToken, leaveAnas));
        assertEquals("LEFT", left.getString("outcome"));
        assertEquals("Not signed up", left.getString("status"));
        assertTrue(left.getBoolean("signUpOpen"));
        assertEquals(SeatStatus.SEATED, sessions.seat(day.id(), dan.id()).orElseThrow().status(), "the first waiting got the place");
    }

    /**
     * Sign-up ends at the session's deadline and with its cancellation; a trainee a trainer takes out of the cohort
     * is told why, and their seat goes to the first waiting.
     */
    @Test
    void signUpEndsAtTheDeadlineOrACancellationAndAWithdrawnTraineesSeatGoesToTheFirstWaiting() {
        Setting s = new Setting(10, EnrolmentMode.OPEN);
        LiveSession day = s.inPerson(s.dayOne, 10, 1);
        Enrolment leaving = s.prepared();
        Enrolment waiting = s.prepared();
        booking.signUp(leaving.person().id(), day.id());
        booking.signUp(waiting.person().id(), day.id());

        assertTrue(statementsOf(waiting.person().id()).stream().anyMatch(st -> st.getJsonObject("verb").getString("id")
                .equals("https://xapi.s3learning.eu/verbs/waitlisted")), "waitlisted for the day, as an xAPI statement");

        enrolments.withdraw(s.trainer, leaving.id(), "Moved to another agency");
        assertEquals(SeatStatus.LEFT, sessions.seat(day.id(), leaving.id()).orElseThrow().status());
        assertEquals(SeatStatus.SEATED, sessions.seat(day.id(), waiting.id()).orElseThrow().status(), "the freed seat went to the first waiting");
        assertTrue(mails(leaving.person()).stream().anyMatch(m -> m.contains("has ended") && m.contains("Moved to another agency")),
                mails(leaving.person())::toString);
        assertTrue(mails(waiting.person()).stream().anyMatch(m -> m.contains("a place freed up at")));

        LiveSession closed = scheduling.schedule(s.trainer, s.cohort.id(), new SessionPlan(s.dayTwo.id(), SessionMode.IN_PERSON,
                "Day 2, closed", s.today.plusDays(11).atTime(9, 0), s.today.plusDays(11).atTime(17, 0), s.room.id(), null, 10,
                s.today.minusDays(1).atTime(12, 0), Set.of(s.trainer)));
        assertEquals("error.session.signupClosed", refusal(() -> booking.signUp(waiting.person().id(), closed.id())));
        LiveSession cancelled = scheduling.schedule(s.trainer, s.cohort.id(), new SessionPlan(s.dayTwo.id(), SessionMode.IN_PERSON,
                "Day 2, cancelled", s.today.plusDays(12).atTime(9, 0), s.today.plusDays(12).atTime(17, 0), s.room.id(), null, 10,
                s.today.plusDays(9).atTime(12, 0), Set.of(s.trainer)));
        scheduling.cancel(s.trainer, cancelled.id(), "The venue is closed");
        assertEquals("error.session.cancelled", refusal(() -> booking.signUp(waiting.person().id(), cancelled.id())));
        assertEquals("error.session.cancelled", refusal(() -> signUps.signUp(waiting.person().id(), cancelled.id())));
    }

    /**
     * An online session's meeting link is for the seated only, from the configured lead before the start until the
     * end, and never once the session is cancelled.
     */
    @Test
    void theMeetingLinkIsForTheSeatedFromShortlyBeforeTheStartUntilTheEnd() {
        Setting s = new Setting(10, EnrolmentMode.OPEN);
        LocalDateTime starts = s.today.plusDays(13).atTime(10, 0);
        LiveSession online = scheduling.schedule(s.trainer, s.cohort.id(), new SessionPlan(s.conclusions.id(), SessionMode.ONLINE,
                "Conclusions", starts, starts.plusHours(2), null, "https://meet.jit.si/s3-conclusions", 1,
                s.today.plusDays(12).atTime(9, 0), Set.of(s.trainer)));
        Seat seated = booking.signUpOnBehalf(s.trainer, s.prepared().id(), online.id());
        Seat waiting = booking.signUpOnBehalf(s.trainer, s.prepared().id(), online.id());
        assertEquals(SeatStatus.WAITLISTED, waiting.status());
        Instant start = starts.atZone(BUCHAREST).toInstant();
        Duration lead = Duration.ofMinutes(15);

        assertNull(seated.meetingLinkAt(start.minus(lead).minusSeconds(1), lead), "not before the lead");
        assertEquals("https://meet.jit.si/s3-conclusions", seated.meetingLinkAt(start.minus(lead), lead));
        assertEquals("https://meet.jit.si/s3-conclusions", seated.meetingLinkAt(start.plus(Duration.ofMinutes(119)), lead));
        assertNull(seated.meetingLinkAt(start.plus(Duration.ofHours(2)), lead), "not after the end");
        assertNull(waiting.meetingLinkAt(start, lead), "not to those waiting");
        scheduling.cancel(s.trainer, online.id(), "The trainer is ill");
        Seat afterCancel = sessions.seatById(seated.id());
        assertNull(afterCancel.meetingLinkAt(start, lead), "not once cancelled");
    }

    /**
     * A session's sign-in sheet and a cohort's progress export are for the cohort's own trainers: another trainer
     * and a trainee of the cohort are refused, and an unknown or malformed address finds nothing.
     */
    @Test
    void aCohortsSignInSheetAndProgressExportAreForItsOwnTrainersOnly() throws Exception {
        Setting s = new Setting(10, EnrolmentMode.OPEN);
        LiveSession day = s.inPerson(s.dayOne, 10, 10);
        Enrolment ana = s.prepared();
        booking.signUp(ana.person().id(), day.id());
        String anasName = ana.person().fullName();
        WebSession own = web(people.byId(s.trainer).orElseThrow().email().value());
        WebSession stranger = web(person(Role.TRAINER).email().value());
        WebSession trainee = web(ana);

        HttpResponse<byte[]> sheet = own.download("trainer/sign-in-sheet?session=" + day.id());
        assertEquals(200, sheet.statusCode());
        assertEquals("application/pdf", sheet.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(sheet.body())).getTextFromPage(1);
        assertTrue(text.contains(anasName) && text.contains("Signature"), text);
        HttpResponse<byte[]> progressCsv = own.download("trainer/progress-export?cohort=" + s.cohort.id() + "&format=csv");
        assertEquals(200, progressCsv.statusCode());
        assertTrue(new String(progressCsv.body(), StandardCharsets.UTF_8).contains(anasName));

        for (WebSession other : List.of(stranger, trainee)) {
            assertEquals(403, other.download("trainer/sign-in-sheet?session=" + day.id()).statusCode());
            assertEquals(403, other.download("trainer/progress-export?cohort=" + s.cohort.id() + "&format=csv").statusCode());
            assertEquals(403, other.download("trainer/progress-export?cohort=" + s.cohort.id() + "&format=xlsx").statusCode());
        }
        assertEquals(404, own.download("trainer/sign-in-sheet?session=" + Long.MAX_VALUE).statusCode());
        assertEquals(404, own.download("trainer/sign-in-sheet?session=one").statusCode());
        assertEquals(400, own.download("trainer/progress-export?cohort=" + s.cohort.id() + "&format=pdf").statusCode());
    }

    /**
     * A trainee who lives elsewhere reads every time in their own zone and language: the session (held in Bucharest)
     * and the phase deadlines on the journey page, and the booking mail.
     */
    @Test
    void aTraineeElsewhereReadsTimesInTheirOwnZoneAndLanguage() throws Exception {
        Setting s = new Setting(10, EnrolmentMode.OPEN);
        LiveSession day = s.inPerson(s.dayOne, 10, 10);
        Person abroad = person(Role.TRAINEE, "ro", "America/New_York");
        Enrolment enrolment = enrolments.enrol(abroad.id(), s.cohort.id());
        progress.experienced(abroad.id(), enrolment.id(), s.reading.id());
        booking.signUp(abroad.id(), day.id());
        java.util.Locale ro = java.util.Locale.forLanguageTag("ro");
        ZoneId newYork = ZoneId.of("America/New_York");
        java.time.format.DateTimeFormatter theirs = java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM)
                .withLocale(ro).withZone(newYork);

        String page = web(enrolment).get("trainee/journey.xhtml?enrolment=" + enrolment.id()).body();
        assertTrue(page.contains("Parcursul meu"), "in Romanian");
        assertTrue(page.contains(theirs.format(day.startsAt())), () -> theirs.format(day.startsAt()) + " not in " + page);
        assertFalse(page.contains(theirs.withZone(BUCHAREST).format(day.startsAt())), "not at the venue's clock");
        assertTrue(page.contains("De la " + theirs.format(s.cohort.preparationOpensAt()) + " până la "
                + theirs.format(s.cohort.preparationClosesAt())), "the preparation's window");
        assertTrue(mails(abroad).stream().anyMatch(m -> m.contains(MailTemplates.dateTime(day.startsAt(), ro, newYork))
                && m.contains("(America/New_York)")), () -> mails(abroad).toString());
        assertTrue(subjects(abroad).contains("Locul dumneavoastră este rezervat"), () -> subjects(abroad).toString());
    }

    /**
     * A file unit keeps only a real document of an accepted kind, within the size limit, under a clean name; it is
     * handed out to a trainee whose journey has its phase open and to trainers, and previewed as trainees see it.
     */
    @Test
    void aFileUnitTakesOnlyRealDocumentsAndHandsThemToThoseWhoseJourneyHasItOpen() throws Exception {
        Setting s = new Setting(10, EnrolmentMode.OPEN);
        Unit template = authoring.addUnit(s.trainer, s.programme.phase(PhaseKind.PREPARATION).modules().get(0).id(), FileType.CODE,
                "Regional SWOT template", null);
        Unit later = authoring.addUnit(s.trainer, s.programme.phase(PhaseKind.WRAP_UP).modules().get(0).id(), FileType.CODE,
                "Action plan template", null);
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        assertEquals("error.file.format", refusal(() -> store(s.trainer, template, "setup.exe", pdf)));
        assertEquals("error.file.format", refusal(() -> store(s.trainer, template, "no-extension", pdf)));
        assertEquals("error.file.contentMismatch", refusal(() -> store(s.trainer, template, "swot.pdf",
                "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8))));
        assertEquals("error.file.contentMismatch", refusal(() -> store(s.trainer, template, "swot.docx", pdf)), "a PDF named .docx");
        assertEquals("error.file.empty", refusal(() -> store(s.trainer, template, "swot.pdf", new byte[0])));
        assertEquals("error.file.name", refusal(() -> store(s.trainer, template, "x".repeat(300) + ".pdf", pdf)));
        assertEquals("error.file.tooLarge", refusal(() -> authoring.storeFile(s.trainer, template.id(), "huge.pdf",
                new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(pdf), zeros(UnitFiles.MAX_BYTES)))));
        long trainee = person(Role.TRAINEE).id();
        assertEquals("error.forbidden", refusal(() -> store(trainee, template, "swot.pdf", pdf)), "only trainers author");
        assertEquals("error.file.notFileUnit", refusal(() -> store(s.trainer, s.reading, "swot.pdf", pdf)));
        assertTrue(unitFiles.of(template.id()).isEmpty(), "nothing is kept of a refused upload");

        UnitFile stored = store(s.trainer, template, "C:\\Users\\ana\\..\\SWOT \"template\".pdf", pdf);
        assertEquals("SWOT template.pdf", stored.fileName(), "the last segment of the path, without quotes");
        assertEquals("application/pdf", stored.mediaType());
        assertEquals(stored.sha256(), store(s.trainer, later, "plan.pdf", pdf).sha256(), "the same bytes are stored once");

        Enrolment ana = s.enrolled();
        Enrolment dan = s.enrolled();
        WebSession anas = web(ana);
        HttpResponse<byte[]> download = anas.download("trainee/unit-file?enrolment=" + ana.id() + "&unit=" + template.id());
        assertEquals(200, download.statusCode());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(java.util.Arrays.equals(pdf, download.body()));
        assertEquals(403, anas.download("trainee/unit-file?enrolment=" + ana.id() + "&unit=" + later.id()).statusCode(),
                "the wrap-up is still locked for her");
        assertEquals(403, anas.download("trainee/unit-file?enrolment=" + dan.id() + "&unit=" + template.id()).statusCode(),
                "another trainee's enrolment");
        assertEquals(404, anas.download("trainee/unit-file?enrolment=" + ana.id() + "&unit=x").statusCode());
        assertEquals(403, anas.download("trainer/unit-file?unit=" + template.id()).statusCode(), "the trainers' address");
        assertEquals(403, anas.get("trainer/preview.xhtml?id=" + s.programme.id()).statusCode());

        WebSession trainer = web(people.byId(s.trainer).orElseThrow().email().value());
        assertTrue(java.util.Arrays.equals(pdf, trainer.download("trainer/unit-file?unit=" + later.id()).body()));
        assertEquals(404, trainer.download("trainer/unit-file?unit=" + s.reading.id()).statusCode(), "a page has no document");
        String preview = trainer.get("trainer/preview.xhtml?id=" + s.programme.id() + "&unit=" + template.id()).body();
        assertTrue(preview.contains("Download SWOT template.pdf") && preview.contains("trainer/unit-file?unit=" + template.id()), preview);
        assertTrue(preview.contains("Nothing you open here is recorded."), preview);
        assertEquals(404, trainer.get("trainer/preview.xhtml?id=" + s.programme.id() + "&unit=" + new Setting(10, EnrolmentMode.OPEN).reading.id())
                .statusCode(), "a unit of another programme");
        assertEquals(404, trainer.get("trainer/preview.xhtml?id=" + Long.MAX_VALUE).statusCode());
    }

    /** That many zero bytes, made as they are read. */
    private static java.io.InputStream zeros(long count) {
        return new java.io.InputStream() {
            private long left = count;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }

    private UnitFile store(long author, Unit unit, String name, byte[] bytes) {
        return authoring.storeFile(author, unit.id(), name, new java.io.ByteArrayInputStream(bytes));
    }

    private WebSession web(String email) throws Exception {
        return WebSession.signedIn(platformSettings.publicUrl() + "/", email, "it programme passphrase");
    }

    private WebSession web(Enrolment enrolment) throws Exception {
        return WebSession.signedIn(platformSettings.publicUrl() + "/", enrolment.person().email().value(), "it programme passphrase");
    }

    private static JsonObject json(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return json(response);
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), response.body());
        try (var reader = jakarta.json.Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    @Test
    void aFreedSeatGoesToTheFirstWaitingWithAnInvitation() throws Exception {
        Setting s = new Setting(10, EnrolmentMode.OPEN);
        LiveSession day = s.inPerson(s.dayOne, 10, 1);
        Enrolment holder = s.prepared();
        Enrolment waiting = s.prepared();
        Seat held = booking.signUp(holder.person().id(), day.id());
        assertEquals(SeatStatus.WAITLISTED, booking.signUp(waiting.person().id(), day.id()).status());
        assertTrue(calendars(waiting.person()).isEmpty(), "no calendar entry while waiting");
        booking.leave(holder.person().id(), held.id());
        assertEquals(SeatStatus.SEATED, sessions.seat(day.id(), waiting.id()).orElseThrow().status());
        Calendar invitation = parsed(calendars(waiting.person()).get(0));
        assertEquals("REQUEST", invitation.getProperty("METHOD").orElseThrow().getValue());
        assertEquals(day.calendarUid(), property(invitation, "UID"));
        assertEquals("error.forbidden", refusal(() -> booking.leave(holder.person().id(), sessions.seat(day.id(), waiting.id()).orElseThrow().id())));
        assertEveryStatementFitsTheProfile(holder, waiting);
    }

    @Test
    void aTrainerMovesATraineeOnlyWhereThereIsRoomAndTheFreedSeatGoesToTheFirstWaiting() {
        Setting s = new Setting(10, EnrolmentMode.OPEN);
        LiveSession morning = s.inPerson(s.dayOne, 10, 1);
        Room other = room(s.trainer, 10);
        long secondTrainer = person(Role.TRAINER).id();
        cohortService.addTrainer(s.trainer, s.cohort.id(), secondTrainer);
        LiveSession full = scheduling.schedule(s.trainer, s.cohort.id(), new SessionPlan(s.dayOne.id(), SessionMode.IN_PERSON,
                "Day 1, full group", s.today.plusDays(11).atTime(9, 0), s.today.plusDays(11).atTime(17, 0), other.id(), null, 1,
                s.today.plusDays(9).atTime(12, 0), Set.of(secondTrainer)));
        Enrolment mover = s.prepared();
        Enrolment waiting = s.prepared();
        Enrolment occupant = s.prepared();
        Seat seat = booking.signUp(mover.person().id(), morning.id());
        booking.signUp(waiting.person().id(), morning.id());
        booking.signUp(occupant.person().id(), full.id());

        assertEquals("error.session.full", refusal(() -> booking.move(s.trainer, seat.id(), full.id())));
        assertEquals(SeatStatus.SEATED, sessions.seat(morning.id(), mover.id()).orElseThrow().status(), "a refused move keeps the seat");
        assertEquals(SeatStatus.WAITLISTED, sessions.seat(morning.id(), waiting.id()).orElseThrow().status());

        LiveSession roomy = scheduling.schedule(s.trainer, s.cohort.id(), new SessionPlan(s.dayOne.id(), SessionMode.IN_PERSON,
                "Day 1, afternoon group", s.today.plusDays(12).atTime(9, 0), s.today.plusDays(12).atTime(17, 0), other.id(), null, 5,
                s.today.plusDays(9).atTime(12, 0), Set.of(s.trainer)));
        long stranger = person(Role.TRAINER).id();
        assertEquals("error.forbidden", refusal(() -> booking.move(stranger, seat.id(), roomy.id())));
        booking.move(s.trainer, seat.id(), roomy.id());
        assertEquals(SeatStatus.SEATED, sessions.seat(roomy.id(), mover.id()).orElseThrow().status());
        assertEquals(SeatStatus.LEFT, sessions.seat(morning.id(), mover.id()).orElseThrow().status());
        assertEquals(SeatStatus.SEATED, sessions.seat(morning.id(), waiting.id()).orElseThrow().status(), "the freed seat went to the first waiting");
    }

    @Test
    void aChangedSessionUpdatesTheSameCalendarEntryAndACancellationCancelsIt() throws Exception {
        Setting s = new Setting(10, EnrolmentMode.OPEN);
        LiveSession day = s.inPerson(s.dayOne, 10, 10);
        Enrolment trainee = s.prepared();
        booking.signUp(trainee.person().id(), day.id());
        SessionPlan later = new SessionPlan(s.dayOne.id(), SessionMode.IN_PERSON, day.title(),
                s.today.plusDays(10).atTime(10, 0), s.today.plusDays(10).atTime(17, 0), s.room.id(), null, 10,
                s.today.plusDays(9).atTime(12, 0), Set.of(s.trainer));
        assertEquals("error.session.changeReasonRequired", refusal(() -> scheduling.replan(s.trainer, day.id(), later, " ")));
        assertEquals(1, calendars(trainee.person()).size(), "a refused change sends nothing");
        scheduling.replan(s.trainer, day.id(), later, "The train from Iași arrives at 9:30");
        assertTrue(mails(trainee.person()).stream().anyMatch(m -> m.contains("has changed") && m.contains("The train from Iași arrives at 9:30")),
                "the change mail says why");
        assertEquals("error.session.reasonRequired", refusal(() -> scheduling.cancel(s.trainer, day.id(), " ")));
        scheduling.cancel(s.trainer, day.id(), "The venue flooded; a new date follows");
        List<String> sent = calendars(trainee.person());
        assertEquals(3, sent.size());
        Calendar invitation = parsed(sent.get(0));
        Calendar update = parsed(sent.get(1));
        Calendar cancellation = parsed(sent.get(2));
        assertEquals(property(invitation, "UID"), property(update, "UID"));
        assertEquals(property(invitation, "UID"), property(cancellation, "UID"));
        assertEquals("0", property(invitation, "SEQUENCE"));
        assertEquals("1", property(update, "SEQUENCE"));
        assertEquals("2", property(cancellation, "SEQUENCE"));
        assertEquals("CANCEL", cancellation.getProperty("METHOD").orElseThrow().getValue());
        assertEquals("CANCELLED", property(cancellation, "STATUS"));
        assertEquals(SeatStatus.LEFT, sessions.seat(day.id(), trainee.id()).orElseThrow().status());
    }

    /**
     * More places at a changed session go to those waiting, first in line first; a new time that would put a
     * trainee in two places at once is refused, and so is a capacity below the seats given.
     */
    @Test
    void aChangedSessionSeatsThoseWaitingWhenItGrowsAndKeepsItsTraineesOutOfClashes() throws Exception {
        Setting s = new Setting(10, EnrolmentMode.OPEN);
        LiveSession one = s.inPerson(s.dayOne, 10, 1);
        LiveSession two = s.inPerson(s.dayTwo, 11, 10);
        Enrolment first = s.prepared();
        Enrolment second = s.prepared();
        Enrolment third = s.prepared();
        for (Enrolment e : List.of(first, second, third)) {
            booking.signUp(e.person().id(), one.id());
        }
        booking.signUp(first.person().id(), two.id());

        scheduling.replan(s.trainer, one.id(), planOf(s, one, s.today.plusDays(10), 9, 17, 2), null);
        assertEquals(SeatStatus.SEATED, sessions.seat(one.id(), second.id()).orElseThrow().status(), "the first in line took the new place");
        assertEquals(SeatStatus.WAITLISTED, sessions.seat(one.id(), third.id()).orElseThrow().status());
        assertTrue(mails(second.person()).stream().anyMatch(m -> m.contains("a place freed up at")), mails(second.person())::toString);
        assertEquals(0, mails(first.person()).stream().filter(m -> m.contains("has changed")).count(),
                "more places alone change nobody's calendar");

        assertEquals("error.session.capacityBelowSeated", refusal(() -> scheduling.replan(s.trainer, one.id(),
                planOf(s, one, s.today.plusDays(10), 9, 17, 1), null)));
        scheduling.replan(s.trainer, one.id(), planOf(s, one, s.today.plusDays(10), 10, 17, 2), "The hall opens at ten");
        assertTrue(mails(second.person()).stream().anyMatch(m -> m.contains("has changed") && m.contains("The hall opens at ten")));
        assertTrue(mails(third.person()).stream().anyMatch(m -> m.contains("for which you are on the waiting list, has changed")
                && m.contains("The hall opens at ten")), mails(third.person())::toString);
        assertEquals(0, calendars(third.person()).size(), "no calendar entry for a trainee without a place");
        Room free = room(s.trainer, 30);
        long freeTrainer = person(Role.TRAINER).id();
        cohortService.addTrainer(s.trainer, s.cohort.id(), freeTrainer);
        assertEquals("error.session.traineeClash", refusal(() -> scheduling.replan(s.trainer, one.id(), new SessionPlan(one.unitId(),
                SessionMode.IN_PERSON, one.title(), s.today.plusDays(11).atTime(10, 0), s.today.plusDays(11).atTime(12, 0), free.id(),
                null, 2, s.today.plusDays(9).atTime(12, 0), Set.of(freeTrainer)), "Moved to the second day")));
        assertEquals(s.today.plusDays(10).atTime(10, 0).atZone(BUCHAREST).toInstant(), sessions.byId(one.id()).startsAt(),
                "a refused change leaves the session as it was");
    }

    private static SessionPlan planOf(Setting s, LiveSession session, LocalDate day, int from, int to, int capacity) {
        return new SessionPlan(session.unitId(), SessionMode.IN_PERSON, session.title(), day.atTime(from, 0), day.atTime(to, 0),
                s.room.id(), null, capacity, s.today.plusDays(9).atTime(12, 0), Set.of(s.trainer));
    }

    /** Each statement the platform stored about these trainees matches a template of docs/xapi-profile.jsonld. */
    private void assertEveryStatementFitsTheProfile(Enrolment... enrolments) {
        try {
            ProfileTemplates profile = ProfileTemplates.load();
            for (Enrolment enrolment : enrolments) {
                List<JsonObject> made = statementsOf(enrolment.person().id());
                assertFalse(made.isEmpty());
                for (JsonObject statement : made) {
                    profile.problemWith(statement).ifPresent(problem -> org.junit.jupiter.api.Assertions.fail(problem + " in " + statement));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The platform's statements about the person, as JSON. */
    private List<JsonObject> statementsOf(long personId) {
        return statements.ofPerson(personId, 0, 500).stream()
                .map(st -> jakarta.json.Json.createReader(new java.io.StringReader(st.body())).readObject()).toList();
    }

    private List<String> mails(Person person) {
        return read(() -> em.createQuery("select m.body from OutgoingMail m where m.recipient = :r order by m.id", String.class)
                .setParameter("r", person.email().value()).getResultList());
    }

    @Test
    void attendanceCompletesTheDaysAndOpensTheWrapUp() throws Exception {
        Setting s = new Setting(10, EnrolmentMode.OPEN);
        LiveSession one = s.inPerson(s.dayOne, 10, 10);
        LiveSession two = s.inPerson(s.dayTwo, 11, 10);
        Enrolment trainee = s.prepared();
        long learner = trainee.person().id();
        Enrolment bystander = s.prepared();
        booking.signUp(learner, one.id());
        booking.signUp(learner, two.id());
        assertEquals("error.attendance.notSeated", refusal(() -> attendance.mark(s.trainer, one.id(), bystander.id(), AttendanceStatus.PRESENT)));
        long stranger = person(Role.TRAINER).id();
        assertEquals("error.forbidden", refusal(() -> attendance.mark(stranger, one.id(), trainee.id(), AttendanceStatus.PRESENT)));

        attendance.mark(s.trainer, one.id(), trainee.id(), AttendanceStatus.PRESENT);
        booking.signUp(bystander.person().id(), two.id());
        attendance.mark(s.trainer, two.id(), bystander.id(), AttendanceStatus.EXCUSED);
        assertEquals(1, attendance.markUnmarked(s.trainer, two.id(), AttendanceStatus.LATE), "only the trainee not marked yet");
        assertEquals(AttendanceStatus.EXCUSED, sessions.attendance(two.id(), bystander.id()).orElseThrow().status(),
                "an excused absence stays excused");
        assertEquals(AttendanceStatus.LATE, sessions.attendance(two.id(), trainee.id()).orElseThrow().status());
        assertEquals(PhaseStatus.COMPLETE, progress.journey(learner, trainee.id()).phase(PhaseKind.FACE_TO_FACE).status());
        assertEquals("journey.locked.notYetOpen",
                progress.journey(learner, trainee.id()).phase(PhaseKind.WRAP_UP).lock().orElseThrow().reasonKey());

        attendance.mark(s.trainer, two.id(), trainee.id(), AttendanceStatus.ABSENT);
        assertEquals(PhaseStatus.OPEN, progress.journey(learner, trainee.id()).phase(PhaseKind.FACE_TO_FACE).status(),
                "a correction to absent takes the completion back");
        assertEquals("journey.locked.attendFirst",
                progress.journey(learner, trainee.id()).phase(PhaseKind.WRAP_UP).lock().orElseThrow().reasonKey());

        assertEquals("error.enrolment.reasonRequired", refusal(() -> enrolments.unlockWrapUp(s.trainer, trainee.id(), "")));
        enrolments.unlockWrapUp(s.trainer, trainee.id(), "Ill on day 2; made up with the recorded session");
        assertEquals("error.enrolment.wrapUpOpenAlready", refusal(() -> enrolments.unlockWrapUp(s.trainer, trainee.id(), "Another reason")));
        Enrolment unlocked = read(() -> em.find(Enrolment.class, trainee.id()));
        assertEquals("Ill on day 2; made up with the recorded session", unlocked.wrapUpOverride(), "the first reason stays");
        assertEquals(s.trainer, unlocked.wrapUpOverrideBy());
        Person trainerPerson = people.byId(s.trainer).orElseThrow();
        String cohortPage = web(trainerPerson.email().value()).get("trainer/cohort.xhtml?id=" + s.cohort.id()).body();
        assertTrue(cohortPage.contains("Wrap-up opened by " + trainerPerson.fullName() + ": Ill on day 2; made up with the recorded session"),
                "the cohort page says who opened it and why");
        List<LearningEventType> events = journal.ofEnrolment(trainee.id()).stream().map(LearningEvent::type).toList();
        assertTrue(events.containsAll(List.of(LearningEventType.ENROLLED, LearningEventType.UNIT_COMPLETED,
                LearningEventType.PHASE_COMPLETED, LearningEventType.SESSION_SIGNED_UP, LearningEventType.ATTENDED,
                LearningEventType.ABSENT, LearningEventType.WRAP_UP_UNLOCKED_BY_TRAINER)), events::toString);
        assertEquals(2, events.stream().filter(e -> e == LearningEventType.PHASE_COMPLETED).count(),
                "preparation and face-to-face each completed once");

        StatementFilter ofEnrolment = new StatementFilter(null, false, null, null, false,
                PlatformStatements.registration(trainee.id()), null, null, null, true, 0, statements.latestSeq());
        List<Statement> tracked = statements.query(ofEnrolment, 500).stream()
                .map(stored -> StatementReader.read(stored.body())).toList();
        assertEquals(events.size(), tracked.size(), "each learning event has its statement, in its registration");
        assertEveryStatementFitsTheProfile(trainee, bystander);
        Statement attended = tracked.stream()
                .filter(t -> t.verb().id().value().equals("http://adlnet.gov/expapi/verbs/attended")).findFirst().orElseThrow();
        assertEquals(new InverseFunctionalIdentifier.Account(new Iri(settingsUrl() + "/"), Long.toString(learner)),
                ((Agent) attended.actor()).identifier(), "the learner, as an account, never by e-mail");
        assertEquals(new InverseFunctionalIdentifier.Account(new Iri(settingsUrl() + "/"), Long.toString(s.trainer)),
                ((Agent) attended.context().instructor()).identifier(), "the trainer who took attendance");
        assertEquals(settingsUrl() + "/xapi/activities/session/" + one.id(), ((Activity) attended.object()).id().value());
        assertTrue(ProgrammeActivity.named(attended, ProgrammeActivity.iri(platformSettings.publicUrl(),
                trainee.cohort().programme().id())), "forwarding by programme finds the platform's own statements");
    }

    private String settingsUrl() {
        return platformSettings.publicUrl().toString();
    }

    @Test
    void peopleSeeOnlyTheirOwnJourneysAndTrainersOnlyTheirOwnCohorts() {
        Setting s = new Setting(10, EnrolmentMode.OPEN);
        LiveSession day = s.inPerson(s.dayOne, 10, 10);
        Enrolment mine = s.prepared();
        Enrolment theirs = s.prepared();
        long me = mine.person().id();
        assertEquals("error.forbidden", refusal(() -> progress.journey(me, theirs.id())));
        assertEquals("error.forbidden", refusal(() -> progress.experienced(me, theirs.id(), s.reading.id())));
        assertEquals("error.forbidden", refusal(() -> enrolments.withdraw(me, theirs.id(), "not mine to end")));
        assertEquals("error.forbidden", refusal(() -> booking.signUpOnBehalf(me, theirs.id(), day.id())));
        long stranger = person(Role.TRAINER).id();
        assertFalse(cohortService.runBy(stranger, false).stream().anyMatch(c -> c.id().equals(s.cohort.id())));
        assertEquals("error.forbidden", refusal(() -> scheduling.cancel(stranger, day.id(), "not my session")));
        assertEquals("error.forbidden", refusal(() -> enrolments.replan(stranger, s.cohort.id(), s.plan("Mine now", 10, EnrolmentMode.OPEN))));
        assertEquals("error.forbidden", refusal(() -> scheduling.schedule(me, s.cohort.id(), new SessionPlan(s.dayTwo.id(),
                SessionMode.ONLINE, "Trainee-made", s.today.plusDays(12).atTime(10, 0), s.today.plusDays(12).atTime(11, 0), null,
                "https://meet.jit.si/x", 5, s.today.plusDays(11).atTime(10, 0), Set.of(me)))));
        assertEquals("error.unit.locked", refusal(() -> progress.experienced(me, mine.id(), s.conclusions.id())));
    }

    @Test
    void aCalendarFeedListsBookedSessionsAndStopsWhenRevoked() throws Exception {
        Setting s = new Setting(10, EnrolmentMode.OPEN);
        LiveSession day = s.inPerson(s.dayOne, 10, 10);
        Enrolment trainee = s.prepared();
        booking.signUp(trainee.person().id(), day.id());
        String secret = feeds.renew(trainee.person().id());
        HttpResponse<String> fetched = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(platformSettings.publicUrl() + "/calendar/" + secret + ".ics")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, fetched.statusCode(), "a calendar client fetches the feed without signing in");
        assertTrue(fetched.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        Calendar feed = parsed(fetched.body());
        assertTrue(feed.getComponents("VEVENT").stream()
                .anyMatch(e -> e.getProperty("UID").orElseThrow().getValue().equals(day.calendarUid())));
        List<String> uids = feed.getComponents("VEVENT").stream().map(e -> e.getProperty("UID").orElseThrow().getValue()).toList();
        assertTrue(uids.stream().anyMatch(u -> u.startsWith("prep-" + trainee.id() + "@"))
                && uids.stream().anyMatch(u -> u.startsWith("wrap-" + trainee.id() + "@")), "the phases' deadlines are in it: " + uids);
        String replacement = feeds.renew(trainee.person().id());
        assertTrue(feeds.feed(secret).isEmpty(), "a replaced address stops working");
        feeds.revoke(trainee.person().id());
        assertTrue(feeds.feed(replacement).isEmpty());
        assertTrue(feeds.feed("../../etc/passwd").isEmpty());
        for (String gone : List.of(secret + ".ics", replacement + ".ics", secret)) {
            assertEquals(404, java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(platformSettings.publicUrl() + "/calendar/" + gone)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode(), gone);
        }
    }

    @Test
    void completingEveryPhaseIssuesOneCertificateThatATrainerCanRevoke() throws Exception {
        Setting s = new Setting(10, EnrolmentMode.OPEN);
        LiveSession one = s.inPerson(s.dayOne, 10, 10);
        LiveSession two = s.inPerson(s.dayTwo, 11, 10);
        Enrolment trainee = s.prepared();
        long learner = trainee.person().id();
        booking.signUp(learner, one.id());
        booking.signUp(learner, two.id());
        attendance.mark(s.trainer, one.id(), trainee.id(), AttendanceStatus.PRESENT);
        attendance.mark(s.trainer, two.id(), trainee.id(), AttendanceStatus.PRESENT);
        LocalDate past = s.today.minusDays(30);
        enrolments.replan(s.trainer, s.cohort.id(), new CohortPlan(s.cohort.name(), "en", BUCHAREST.getId(), 10, EnrolmentMode.OPEN,
                PreparationGate.REQUIRED, past.atTime(10, 0), past.minusDays(5).atTime(9, 0), past.plusDays(1).atTime(9, 0),
                past.plusDays(2), past.plusDays(3), past.plusDays(4).atTime(9, 0), s.today.plusDays(30).atTime(9, 0)));
        LocalDateTime soon = LocalDateTime.now(BUCHAREST).plusMinutes(20);
        LiveSession online = scheduling.schedule(s.trainer, s.cohort.id(), new SessionPlan(s.conclusions.id(), SessionMode.ONLINE,
                "Online conclusions", soon, soon.plusHours(2), null, "https://meet.jit.si/S3-it", 10, soon.minusMinutes(10), Set.of(s.trainer)));
        booking.signUp(learner, online.id());
        assertTrue(certificates.of(trainee.id()).isEmpty(), "no certificate before the last phase is complete");
        attendance.mark(s.trainer, online.id(), trainee.id(), AttendanceStatus.PRESENT);
        attendance.mark(s.trainer, online.id(), trainee.id(), AttendanceStatus.LATE);

        Certificate certificate = certificates.of(trainee.id()).orElseThrow();
        assertTrue(certificate.code().matches("S3-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"), certificate.code());
        assertEquals(certificate.id(), certificates.byCode(certificate.code().toLowerCase(java.util.Locale.ROOT).replace('-', ' '))
                .orElseThrow().id(), "codes are found however they are typed");
        assertEquals(1, journal.ofEnrolment(trainee.id()).stream().filter(e -> e.type() == LearningEventType.CERTIFICATE_ISSUED).count());
        byte[] pdf = CertificateDocument.write(certificate, certificates.verificationLink(certificate), java.util.Locale.forLanguageTag("ro"));
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        String printed = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf)).getTextFromPage(1);
        assertTrue(printed.contains(trainee.person().fullName()) && printed.contains(certificate.code()), printed);
        JsonObject earned = statementsOf(learner).stream()
                .filter(st -> st.getJsonObject("verb").getString("id").equals("http://id.tincanapi.com/verb/earned")).findFirst().orElseThrow();
        assertEquals(PlatformStatements.registration(trainee.id()).toString(), earned.getJsonObject("context").getString("registration"),
                "the certificate earned, as an xAPI statement in the enrolment's registration");
        String download = "certificate?enrolment=" + trainee.id();
        HttpResponse<byte[]> own = web(trainee).download("trainee/" + download);
        assertEquals(200, own.statusCode());
        assertEquals("%PDF", new String(own.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(200, web(people.byId(s.trainer).orElseThrow().email().value()).download("trainer/" + download).statusCode());
        assertEquals(403, web(person(Role.TRAINER).email().value()).download("trainer/" + download).statusCode(), "another trainer");
        assertEquals(403, web(person(Role.TRAINEE).email().value()).download("trainee/" + download).statusCode(), "another trainee");
        assertEquals(404, web(trainee).download("trainee/certificate?enrolment=seven").statusCode());

        long stranger = person(Role.TRAINER).id();
        assertEquals("error.forbidden", refusal(() -> certificates.revoke(stranger, certificate.id(), "not mine")));
        assertEquals("error.certificate.reasonRequired", refusal(() -> certificates.revoke(s.trainer, certificate.id(), " ")));
        certificates.revoke(s.trainer, certificate.id(), "Attendance sheet of day 2 was signed by someone else");
        assertTrue(certificates.byCode(certificate.code()).orElseThrow().revoked());
        assertEquals(404, web(trainee).download("trainee/" + download).statusCode(), "a revoked certificate is no longer handed out");
        assertEveryStatementFitsTheProfile(trainee);
        assertEquals("error.certificate.revoked", refusal(() -> certificates.revoke(s.trainer, certificate.id(), "again")));
    }

    @Test
    void aSessionReminderGoesOutOnceWhateverHowOftenTheSweepRuns() {
        Setting s = new Setting(10, EnrolmentMode.OPEN);
        LocalDate past = s.today.minusDays(30);
        enrolments.replan(s.trainer, s.cohort.id(), new CohortPlan(s.cohort.name(), "en", BUCHAREST.getId(), 10, EnrolmentMode.OPEN,
                PreparationGate.RECOMMENDED, s.today.plusDays(1).atTime(0, 0), past.atTime(9, 0), s.today.atTime(0, 0),
                s.today.plusDays(1), s.today.plusDays(2), s.today.plusDays(3).atTime(9, 0), s.today.plusDays(30).atTime(9, 0)));
        LocalDateTime soon = LocalDateTime.now(BUCHAREST).plusHours(3);
        LiveSession session = scheduling.schedule(s.trainer, s.cohort.id(), new SessionPlan(s.dayOne.id(), SessionMode.IN_PERSON,
                "Day 1", soon, soon.plusHours(2), s.room.id(), null, 10, soon.minusHours(1), Set.of(s.trainer)));
        Enrolment trainee = s.enrolled();
        booking.signUp(trainee.person().id(), session.id());

        noticeSweep.run();
        noticeSweep.run();
        assertEquals(1, subjects(trainee.person()).stream().filter("Reminder: your session is coming up"::equals).count());
        assertEquals(1, calendars(trainee.person()).size() - 1, "the reminder carries the calendar entry too");
    }

    /**
     * The wrap-up's opening is told to a trainee when it opens for them, also after its window opened: here by a
     * trainer's override. Once only, and not to a trainee for whom it is still locked.
     */
    @Test
    void aTraineeForWhomTheWrapUpOpensLateIsToldOnceAtTheNextSweep() {
        Setting s = new Setting(10, EnrolmentMode.OPEN);
        Enrolment opened = s.enrolled();
        Enrolment locked = s.enrolled();
        LocalDate past = s.today.minusDays(30);
        enrolments.replan(s.trainer, s.cohort.id(), new CohortPlan(s.cohort.name(), "en", BUCHAREST.getId(), 10, EnrolmentMode.OPEN,
                PreparationGate.RECOMMENDED, past.plusDays(11).atTime(0, 0), past.atTime(9, 0), past.plusDays(10).atTime(9, 0),
                past.plusDays(12), past.plusDays(13), past.plusDays(14).atTime(9, 0), s.today.plusDays(30).atTime(9, 0)));
        String opening = "A phase of your training is open";

        noticeSweep.run();
        assertEquals(0, subjects(opened.person()).stream().filter(opening::equals).count(), "locked until both days are attended");
        enrolments.unlockWrapUp(s.trainer, opened.id(), "Attended both days of the Brașov group");
        noticeSweep.run();
        noticeSweep.run();
        assertEquals(1, subjects(opened.person()).stream().filter(opening::equals).count());
        assertEquals(0, subjects(locked.person()).stream().filter(opening::equals).count());
    }

    /**
     * Face-to-face sign-up is told to each trainee once they can sign up: not before a session takes sign-ups, not
     * while their preparation is incomplete (the cohort requires it), not to one who already booked, and once only.
     */
    @Test
    void aTraineeIsToldOnceThatSignUpIsOpenWhenTheyCanSignUp() {
        Setting s = new Setting(10, EnrolmentMode.OPEN);
        Enrolment unprepared = s.enrolled();
        Enrolment prepared = s.prepared();
        Enrolment booked = s.prepared();
        String open = "You can sign up for the face-to-face days";

        noticeSweep.run();
        assertEquals(0, subjects(prepared.person()).stream().filter(open::equals).count(), "no session takes sign-ups yet");

        LiveSession one = s.inPerson(s.dayOne, 10, 10);
        s.inPerson(s.dayTwo, 11, 10);
        booking.signUp(booked.person().id(), one.id());
        noticeSweep.run();
        noticeSweep.run();
        assertEquals(1, subjects(prepared.person()).stream().filter(open::equals).count());
        assertEquals(0, subjects(unprepared.person()).stream().filter(open::equals).count(), "preparation comes first");
        assertEquals(0, subjects(booked.person()).stream().filter(open::equals).count(), "already signed up");
        String deadline = MailTemplates.dateTime(one.signupDeadline(), java.util.Locale.ENGLISH, BUCHAREST);
        assertTrue(mails(prepared.person()).stream().anyMatch(m -> m.contains("the first sign-up closes on " + deadline)
                && m.contains("/trainee/journey.xhtml?enrolment=" + prepared.id())), () -> mails(prepared.person()).toString());

        progress.experienced(unprepared.person().id(), unprepared.id(), s.reading.id());
        noticeSweep.run();
        noticeSweep.run();
        assertEquals(1, subjects(unprepared.person()).stream().filter(open::equals).count(), "told once the preparation is complete");
    }

    @Test
    void theMailSweepLeavesJustQueuedMailToTheSenderAndTakesMailLongDue() {
        Person person = person(Role.TRAINEE);
        transaction.call(() -> {
            mailQueue.send(person.email(), MailKind.ENROLLED, java.util.Locale.ENGLISH, "S3 cohort", platformSettings.publicUrl());
            return null;
        });
        long mail = read(() -> em.createQuery("select m.id from OutgoingMail m where m.recipient = :r", Long.class)
                .setParameter("r", person.email().value()).getSingleResult());
        assertFalse(mailDelivery.due(MailDispatcher.SWEEP_AFTER).contains(mail),
                "a mail just committed is the sender's, which holds it back during a burst of sign-ups");

        transaction.call(() -> em.createQuery("update OutgoingMail m set m.nextAttemptAt = :long_ago, m.sentAt = null"
                + " where m.id = :id").setParameter("long_ago", java.time.Instant.now().minus(MailDispatcher.SWEEP_AFTER).minusSeconds(1))
                .setParameter("id", mail).executeUpdate());
        assertTrue(mailDelivery.due(MailDispatcher.SWEEP_AFTER).contains(mail), "a mail due for longer is the sweep's");
    }

    private List<String> subjects(Person person) {
        return read(() -> em.createQuery("select m.subject from OutgoingMail m where m.recipient = :r order by m.id", String.class)
                .setParameter("r", person.email().value()).getResultList());
    }

    @Test
    void anInvitationLinkEnrolsTheInvitedAddressOnce() {
        Setting s = new Setting(10, EnrolmentMode.INVITATION);
        Person invited = person(Role.TRAINEE);
        Person other = person(Role.TRAINEE);
        assertEquals("error.enrolment.invitationOnly", refusal(() -> enrolments.enrol(invited.id(), s.cohort.id())));
        invitations.invite(s.trainer, s.cohort.id(), invited.email(), null);
        String body = read(() -> em.createQuery("select m.body from OutgoingMail m where m.recipient = :r order by m.id desc",
                String.class).setParameter("r", invited.email().value()).setMaxResults(1).getResultList()).get(0);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("token=([A-Za-z0-9_%-]+)").matcher(body);
        assertTrue(link.find(), body);
        String token = java.net.URLDecoder.decode(link.group(1), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("error.invitation.otherAddress", refusal(() -> invitations.accept(other.id(), token)));
        assertEquals(EnrolmentStatus.ENROLLED, invitations.accept(invited.id(), token).status());
        assertEquals("error.invitation.used", refusal(() -> invitations.accept(invited.id(), token)));
        assertEquals("error.invitation.invalid", refusal(() -> invitations.accept(invited.id(), "forged")));
        long stranger = person(Role.TRAINER).id();
        assertEquals("error.forbidden", refusal(() -> invitations.invite(stranger, s.cohort.id(), other.email(), null)));
    }

    @Test
    void aRosterImportsItsGoodLinesAndReportsEachBadOne() {
        Setting s = new Setting(2, EnrolmentMode.INVITATION);
        Person first = person(Role.TRAINEE);
        Person second = person(Role.TRAINEE);
        Person third = person(Role.TRAINEE);
        String unknown = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@example.ro";
        String csv = "Nume complet;E-mail\n"
                + "A;" + first.email().value() + "\n"
                + "B;not an address\n"
                + "C;" + second.email().value() + "\n"
                + "D;" + first.email().value().toUpperCase(java.util.Locale.ROOT) + "\n"
                + "E;" + third.email().value() + "\n"
                + "F;" + unknown + "\n";
        List<RosterRow> report = roster.importRoster(s.trainer, s.cohort.id(),
                new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(List.of(RosterRow.Outcome.ENROLLED, RosterRow.Outcome.REFUSED, RosterRow.Outcome.ENROLLED,
                RosterRow.Outcome.DUPLICATE, RosterRow.Outcome.WAITLISTED, RosterRow.Outcome.INVITED),
                report.stream().map(RosterRow::outcome).toList());
        assertEquals(List.of(2, 3, 4, 5, 6, 7), report.stream().map(RosterRow::line).toList(), "lines as a spreadsheet numbers them");
        assertEquals("error.email.invalid", report.get(1).reasonKey());
        assertEquals(RosterRow.Outcome.ALREADY_IN, roster.importAddresses(s.trainer, s.cohort.id(), first.email().value()).get(0).outcome());
        assertEquals("error.roster.noEmailColumn", refusal(() -> roster.importRoster(s.trainer, s.cohort.id(),
                new java.io.ByteArrayInputStream("name\nAna\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
        assertEquals(2, cohorts.count(s.cohort.id(), EnrolmentStatus.ENROLLED));
    }

    @Test
    void authorsCanCopyAProgrammeAndReorderItsUnits() {
        Setting s = new Setting(10, EnrolmentMode.OPEN);
        Programme copy = authoring.copy(s.trainer, s.programme.id(), "S3 package, 2028 run");
        Programme loaded = read(() -> em.find(Programme.class, copy.id()));
        assertEquals(s.programme.units().stream().map(Unit::title).toList(), loaded.units().stream().map(Unit::title).toList());
        List<Unit> days = loaded.phase(PhaseKind.FACE_TO_FACE).units();
        authoring.reorderUnits(s.trainer, days.get(0).module().id(), List.of(days.get(1).id(), days.get(0).id()));
        assertEquals(List.of("Day 2", "Day 1"), read(() -> em.find(Programme.class, copy.id()).phase(PhaseKind.FACE_TO_FACE).units()
                .stream().map(Unit::title).toList()));
        long trainee = person(Role.TRAINEE).id();
        assertEquals("error.forbidden", refusal(() -> authoring.copy(trainee, s.programme.id(), "Stolen")));
        Unit day = s.dayOne;
        s.inPerson(day, 10, 5);
        assertEquals("error.unit.inUse", refusal(() -> authoring.removeUnit(s.trainer, day.id())));
        authoring.editUnit(s.trainer, s.reading.id(), new UnitChange("What S3 is", "<p>New text<script>x()</script></p>",
                CompletionMode.MARKED_DONE, true, 20));
        Unit edited = read(() -> {
            Unit found = em.find(Unit.class, s.reading.id());
            found.content();
            return found;
        });
        assertEquals("<p>New text</p>", edited.content());
        assertEquals(CompletionMode.MARKED_DONE, edited.completion());
    }
}
