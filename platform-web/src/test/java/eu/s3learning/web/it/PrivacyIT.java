package eu.s3learning.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.administration.AccountAdministration;
import eu.s3learning.core.audit.AuditLog;
import eu.s3learning.core.audit.SecurityEvent;
import eu.s3learning.core.audit.SecurityEventType;
import eu.s3learning.core.cohort.Cohort;
import eu.s3learning.core.cohort.CohortPlan;
import eu.s3learning.core.cohort.CohortService;
import eu.s3learning.core.cohort.Cohorts;
import eu.s3learning.core.cohort.Enrolment;
import eu.s3learning.core.cohort.EnrolmentMode;
import eu.s3learning.core.cohort.EnrolmentService;
import eu.s3learning.core.cohort.EnrolmentStatus;
import eu.s3learning.core.cohort.PreparationGate;
import eu.s3learning.core.identity.AccountStatus;
import eu.s3learning.core.identity.EmailAddress;
import eu.s3learning.core.identity.Language;
import eu.s3learning.core.identity.PasswordHasher;
import eu.s3learning.core.identity.People;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.identity.Profile;
import eu.s3learning.core.identity.Role;
import eu.s3learning.core.journal.LearningEventType;
import eu.s3learning.core.privacy.Erasure;
import eu.s3learning.core.privacy.ErasureFollowUp;
import eu.s3learning.core.privacy.ErasureRecord;
import eu.s3learning.core.privacy.PersonErased;
import eu.s3learning.core.programme.CourseModule;
import eu.s3learning.core.programme.PhaseKind;
import eu.s3learning.core.programme.Programme;
import eu.s3learning.core.programme.ProgrammeAuthoring;
import eu.s3learning.core.programme.Unit;
import eu.s3learning.core.programme.types.PageType;
import eu.s3learning.core.progress.LearnerProgress;
import eu.s3learning.core.roles.RoleRequestService;
import eu.s3learning.core.scheduling.CalendarFeeds;
import eu.s3learning.core.settings.PlatformSettings;
import eu.s3learning.core.signin.SessionValidity;
import eu.s3learning.core.signin.SignInOutcome;
import eu.s3learning.core.signin.SignInService;
import eu.s3learning.core.tracking.activity.CohortActivity;
import eu.s3learning.core.tracking.activity.CohortStatements;
import eu.s3learning.core.tracking.activity.LearnerTimeline;
import eu.s3learning.core.tracking.activity.ReadableStatement;
import eu.s3learning.core.tracking.activity.TimelinePage;
import eu.s3learning.core.tracking.forwarding.ExternalLrsRegistry;
import eu.s3learning.core.tracking.lrs.client.IssuedClient;
import eu.s3learning.core.tracking.lrs.client.LrsClients;
import eu.s3learning.core.tracking.lrs.client.LrsScope;
import eu.s3learning.core.tracking.lrs.statement.StatementStore;
import eu.s3learning.core.tracking.lrs.statement.StoredStatement;
import eu.s3learning.core.tracking.platform.PlatformStatements;
import eu.s3learning.core.tracking.platform.PlatformVocabulary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Progress and privacy inside Payara Micro, on the configured database (MariaDB in CI): the learner's own
 * timeline, the trainer's view and CSV of a cohort's statements and who is refused them, the personal data export,
 * and erasure. Pages and downloads are fetched over HTTP with real sign-ins, so the refusals are the ones a
 * browser gets.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyIT {

    private static final String PASSWORD = "smart specialisation in Dobrogea";
    private static final String ADDRESS = "198.51.100.23";
    private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
    private static final String HOSTILE = "=HYPERLINK(\"http://evil.example/\",\"open me\")";
    static final String TEST_LRS = "LRS of the privacy IT";

    /**
     * Stands in for forwarding to external LRSs, which is built elsewhere: it observes erasures as forwarding will,
     * and names the external LRS that would have to follow.
     */
    @ApplicationScoped
    public static class ExternalLrsFollowUp {

        void erased(@Observes PersonErased erased) {
            erased.followUp(PersonErased.EXTERNAL_LRS, TEST_LRS);
        }
    }

    @Deployment
    static WebArchive deployment() {
        return PlatformDeployment.war().addClasses(ExternalLrsFollowUp.class, WebSession.class, InTransaction.class,
                InTransaction.RolledBack.class);
    }

    @Inject
    People people;

    @Inject
    ProgrammeAuthoring authoring;

    @Inject
    CohortService cohortService;

    @Inject
    Cohorts cohorts;

    @Inject
    EnrolmentService enrolments;

    @Inject
    LearnerProgress progress;

    @Inject
    LearnerTimeline timeline;

    @Inject
    CohortStatements cohortStatements;

    @Inject
    StatementStore statements;

    @Inject
    Erasure erasure;

    @Inject
    LrsClients lrsClients;

    @Inject
    ExternalLrsRegistry externalLrss;

    @Inject
    SignInService signIn;

    @Inject
    SessionValidity sessions;

    @Inject
    CalendarFeeds feeds;

    @Inject
    RoleRequestService roleRequests;

    @Inject
    AccountAdministration administration;

    @Inject
    AuditLog audit;

    @Inject
    PlatformSettings settings;

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    @Inject
    InTransaction transaction;

    /** Reads in a transaction of its own: outside one, the container's entity manager may close mid-query. */
    private <T> T read(Supplier<T> query) {
        return transaction.call(query);
    }

    private static String refusal(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).messageKey();
    }

    private Person person(String name, Role... roles) {
        Person person = new Person(EmailAddress.of("privacy-" + UUID.randomUUID().toString().substring(0, 8) + "@example.ro"),
                Profile.of(name, "ADR Sud-Est", "RO", "en", BUCHAREST.getId()), PasswordHasher.hash(PASSWORD), Instant.now());
        person.verifyEmail(Instant.now());
        EnumSet<Role> all = EnumSet.of(Role.TRAINEE);
        all.addAll(List.of(roles));
        person.replaceRoles(all);
        people.add(person);
        return person;
    }

    /** A State document of a content package, for the agent, through the LRS as its client would reach it. */
    private static int state(IssuedClient client, String agent, String method, String body) throws Exception {
        return xapi(client, method, "activities/state?activityId="
                + URLEncoder.encode("http://it.s3-learning.test/package/erasure", StandardCharsets.UTF_8)
                + "&agent=" + URLEncoder.encode(agent, StandardCharsets.UTF_8) + "&stateId=bookmark", body);
    }

    /** A statement a content package sends about the actor, or reads back by its id. */
    private static int statement(IssuedClient client, UUID id, String actor) throws Exception {
        return xapi(client, actor == null ? "GET" : "PUT", "statements?statementId=" + id, actor == null ? null
                : "{\"actor\":" + actor + ",\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\"},"
                + "\"object\":{\"id\":\"http://it.s3-learning.test/package/erasure\"}}");
    }

    private static int xapi(IssuedClient client, String method, String resource, String body) throws Exception {
        String address = System.getProperty("s3.it.base", "http://localhost:18280/") + "xapi/" + resource;
        String credentials = Base64.getEncoder().encodeToString((client.apiKey() + ":" + client.secret())
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(address)).header("X-Experience-API-Version", "1.0.3")
                .header("Authorization", "Basic " + credentials).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private WebSession web(Person person) throws Exception {
        return WebSession.signedIn(settings.publicUrl() + "/", person.email().value(), PASSWORD);
    }

    /** A cohort of a programme with one page to read in the preparation, open for enrolment, run by its trainer. */
    private final class Group {
        final Person trainer = person("Trainer " + UUID.randomUUID().toString().substring(0, 4), Role.TRAINER);
        final Programme programme;
        final Unit reading;
        final Cohort cohort;

        Group(int capacity) {
            Programme created = authoring.create(trainer.id(), "S3 package " + UUID.randomUUID(), "", Language.EN);
            CourseModule concept = authoring.addModule(trainer.id(), created.phase(PhaseKind.PREPARATION).id(), "The S3 concept", "");
            authoring.addUnit(trainer.id(), concept.id(), PageType.CODE, "What S3 is", "<p>Smart specialisation</p>");
            programme = read(() -> em.find(Programme.class, created.id()));
            reading = programme.phase(PhaseKind.PREPARATION).units().get(0);
            LocalDate today = LocalDate.now(BUCHAREST);
            cohort = cohortService.create(trainer.id(), programme.id(), new CohortPlan("Constanța " + UUID.randomUUID(), "en",
                    BUCHAREST.getId(), capacity, EnrolmentMode.OPEN, PreparationGate.REQUIRED, today.plusDays(9).atTime(18, 0),
                    today.minusDays(1).atTime(9, 0), today.plusDays(9).atTime(23, 0), today.plusDays(10), today.plusDays(11),
                    today.plusDays(12).atTime(9, 0), today.plusDays(40).atTime(18, 0)));
        }

        Enrolment prepared(Person learner) {
            Enrolment enrolment = enrolments.enrol(learner.id(), cohort.id());
            progress.experienced(learner.id(), enrolment.id(), reading.id());
            return enrolment;
        }
    }

    private List<LearningEventType> eventsNewestFirst(Person learner) {
        return read(() -> em.createQuery("select e.type from LearningEvent e where e.personId = :p order by e.id desc",
                LearningEventType.class).setParameter("p", learner.id()).getResultList());
    }

    @Test
    void aLearnerSeesOnlyTheirOwnStatementsNewestFirstInTheirLanguage() throws Exception {
        Group group = new Group(10);
        Person ana = person("Ana Timeline");
        Person dan = person("Dan Other");
        group.prepared(ana);
        group.prepared(dan);

        TimelinePage page = timeline.page(ana.id(), 1, Language.RO);
        List<LearningEventType> events = eventsNewestFirst(ana);
        assertEquals(events.size(), page.total(), "a statement for each of the learner's events, no one else's");
        assertEquals(events.stream().map(type -> PlatformVocabulary.verb(type).display().entries().get("ro")).toList(),
                page.entries().stream().map(ReadableStatement::verb).toList(), "newest first, in Romanian");
        assertEquals(List.of("a finalizat", "a finalizat", "a parcurs", "s-a înscris în"),
                page.entries().stream().map(ReadableStatement::verb).toList().subList(events.size() - 4, events.size()));
        assertEquals(List.of("Online preparation", "What S3 is", "What S3 is", group.cohort.name()),
                page.entries().stream().map(ReadableStatement::object).toList().subList(events.size() - 4, events.size()),
                "an untitled phase is named by its kind");
        assertTrue(page.entries().stream().allMatch(e -> group.cohort.name().equals(e.context())));
        assertEquals("error.timeline.noSuchPage", refusal(() -> timeline.page(ana.id(), 2, Language.RO)));

        WebSession browser = web(ana);
        HttpResponse<String> shown = browser.get("app/activity.xhtml");
        assertEquals(200, shown.statusCode());
        assertTrue(shown.body().contains("completed") && shown.body().contains("What S3 is"), shown.body());
        assertFalse(shown.body().contains("Dan Other"));
        assertEquals(404, browser.get("app/activity.xhtml?page=2").statusCode(), "past the last page");
        assertEquals(404, browser.get("app/activity.xhtml?page=first").statusCode(), "not a page number");
        assertEquals(200, browser.get("app/activity.xhtml?page=1&person=" + dan.id()).statusCode());
        assertFalse(browser.get("app/activity.xhtml?page=1&person=" + dan.id()).body().contains("Dan Other"),
                "no address shows someone else's timeline");
    }

    @Test
    void onlyTheCohortsTrainersSeeItsActivityAndExportItsStatementsWithFormulasDefused() throws Exception {
        Group group = new Group(10);
        Person hostile = person(HOSTILE);
        Person ana = person("Ana Activity");
        Enrolment hostiles = group.prepared(hostile);
        group.prepared(ana);
        Person stranger = person("Other Trainer", Role.TRAINER);

        CohortActivity activity = cohortStatements.activity(group.trainer.id(), group.cohort.id(), Language.EN);
        CohortActivity.Row row = activity.rows().stream().filter(r -> r.learner().name().equals("Ana Activity"))
                .findFirst().orElseThrow();
        CohortActivity.UnitColumn reading = activity.units().get(0);
        assertEquals(List.of("experienced", "completed"), row.cell(reading).verbs());
        assertEquals(statements.countOfPerson(ana.id()), row.statements());
        assertEquals("error.forbidden", refusal(() -> cohortStatements.activity(stranger.id(), group.cohort.id(), Language.EN)));
        assertEquals("error.forbidden", refusal(() -> cohortStatements.activity(ana.id(), group.cohort.id(), Language.EN)));
        assertEquals("error.cohort.unknown", refusal(() -> cohortStatements.activity(group.trainer.id(), Long.MAX_VALUE, Language.EN)));

        WebSession trainer = web(group.trainer);
        HttpResponse<String> page = trainer.get("trainer/cohort-activity.xhtml?id=" + group.cohort.id());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Ana Activity") && page.body().contains("experienced, completed"), page.body());
        assertEquals(404, trainer.get("trainer/cohort-activity.xhtml?id=" + Long.MAX_VALUE).statusCode());
        assertEquals(404, trainer.get("trainer/cohort-activity.xhtml?id=seven").statusCode());

        HttpResponse<byte[]> csv = trainer.download("trainer/cohort-statements?cohort=" + group.cohort.id());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String text = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
        assertEquals("statement id", rows.get(0).get(9));
        List<UUID> stored = statements.inRegistrations(List.of(PlatformStatements.registration(hostiles.id()))).stream()
                .map(StoredStatement::id).toList();
        List<CSVRecord> hostileRows = rows.subList(1, rows.size()).stream()
                .filter(r -> stored.contains(UUID.fromString(r.get(9)))).toList();
        assertEquals(statements.countOfPerson(hostile.id()), hostileRows.size(), "one row per statement of the learner");
        for (CSVRecord r : hostileRows) {
            assertEquals("'" + HOSTILE, r.get(2), "the name is written as text, not as a formula");
            assertEquals(PlatformStatements.registration(hostiles.id()).toString(), r.get(8));
        }
        assertEquals(statements.countOfPerson(hostile.id()) + statements.countOfPerson(ana.id()), rows.size() - 1,
                "both learners' statements, no one else's");
        assertEquals(404, trainer.download("trainer/cohort-statements?cohort=" + Long.MAX_VALUE).statusCode());

        WebSession other = web(stranger);
        assertEquals(403, other.get("trainer/cohort-activity.xhtml?id=" + group.cohort.id()).statusCode());
        assertEquals(403, other.download("trainer/cohort-statements?cohort=" + group.cohort.id()).statusCode());
        WebSession learner = web(ana);
        assertEquals(403, learner.get("trainer/cohort-activity.xhtml?id=" + group.cohort.id()).statusCode());
        assertEquals(403, learner.download("trainer/cohort-statements?cohort=" + group.cohort.id()).statusCode());
    }

    @Test
    void aLearnerDownloadsAllTheirDataAndNoOneElses() throws Exception {
        Group group = new Group(10);
        Person ana = person("Ana Export");
        Person dan = person("Dan Export");
        Enrolment enrolment = group.prepared(ana);
        group.prepared(dan);
        roleRequests.request(ana.id(), Role.TRAINER, "I run the Constanța group", ADDRESS);
        int events = eventsNewestFirst(ana).size();
        IssuedClient tool = lrsClients.create("Content package " + UUID.randomUUID(), Set.of(LrsScope.ALL), null);
        String anaAsMbox = "{\"mbox\":\"mailto:" + ana.email().value() + "\"}";
        String danAsMbox = "{\"mbox\":\"mailto:" + dan.email().value() + "\"}";
        UUID anaByAddress = UUID.randomUUID();
        assertEquals(204, statement(tool, anaByAddress, anaAsMbox));
        assertEquals(204, statement(tool, UUID.randomUUID(), danAsMbox));
        assertEquals(204, state(tool, anaAsMbox, "PUT", "{\"bookmark\":\"page-4\"}"));
        assertEquals(204, state(tool, danAsMbox, "PUT", "{\"bookmark\":\"page-9\"}"));

        HttpResponse<String> download = web(ana).get("app/personal-data");
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        JsonObject data = Json.createReader(new StringReader(download.body())).readObject();
        assertEquals("s3-learning-platform/personal-data/1", data.getString("format"));
        assertEquals(ana.email().value(), data.getJsonObject("person").getString("email"));
        assertEquals("Ana Export", data.getJsonObject("person").getString("fullName"));
        JsonObject enrolled = data.getJsonArray("enrolments").getJsonObject(0);
        assertEquals(group.cohort.name(), enrolled.getString("cohort"));
        assertEquals(PlatformStatements.registration(enrolment.id()).toString(), enrolled.getString("xapiRegistration"));
        assertEquals("COMPLETED", enrolled.getJsonArray("progress").getJsonObject(0).getString("status"));
        assertEquals(JsonValue.NULL, enrolled.get("certificate"));
        assertEquals("I run the Constanța group", data.getJsonArray("roleRequests").getJsonObject(0).getString("motivation"));
        assertEquals(events, data.getJsonArray("learningEvents").size());
        assertEquals(statements.countOfPerson(ana.id()) + 1, data.getJsonArray("statements").size(),
                "the platform's statements about her and the one a package sent with her e-mail address");
        for (JsonValue statement : data.getJsonArray("statements")) {
            JsonObject actor = statement.asJsonObject().getJsonObject("actor");
            if (statement.asJsonObject().getString("id").equals(anaByAddress.toString())) {
                assertEquals("mailto:" + ana.email().value(), actor.getString("mbox"));
            } else {
                assertEquals(Long.toString(ana.id()), actor.getJsonObject("account").getString("name"));
            }
        }
        JsonArray documents = data.getJsonArray("lrsDocuments");
        assertEquals(1, documents.size(), "the state a package keeps for her, not Dan's");
        assertEquals("STATE", documents.getJsonObject(0).getString("kind"));
        assertEquals("page-4", documents.getJsonObject(0).getJsonObject("content").getString("bookmark"));
        assertEquals("ENROLLED", data.getJsonArray("learningEvents").getJsonObject(0).getString("type"));
        assertTrue(data.getJsonArray("securityEvents").stream()
                .anyMatch(e -> e.asJsonObject().getString("type").equals("SIGNED_IN")), "their own sign-ins");
        assertFalse(download.body().contains(dan.email().value()));
        assertFalse(download.body().contains("Dan Export"));
        assertEquals(1, audit.count(SecurityEventType.PERSONAL_DATA_EXPORTED, ana.email().value()), "the export is logged");
    }

    @Test
    void erasureDeletesThePersonsStatementsAndDataKeepsTheFiguresAndLeavesOthersAlone() throws Exception {
        Group group = new Group(1);
        Person admin = person("Admin Erasing", Role.ADMIN);
        Person ana = person("Ana Erased");
        Person dan = person("Dan Waiting");
        String anasAddress = ana.email().value();
        Enrolment anas = group.prepared(ana);
        Enrolment dans = enrolments.enrol(dan.id(), group.cohort.id());
        assertEquals(EnrolmentStatus.WAITLISTED, dans.status());
        feeds.renew(ana.id());
        roleRequests.request(ana.id(), Role.PARTNER, "Partner agency", ADDRESS);
        WebSession anasBrowser = web(ana);
        assertEquals(200, anasBrowser.get("app/activity.xhtml").statusCode());
        List<UUID> dansBefore = statements.ofPerson(dan.id(), 0, 100).stream().map(StoredStatement::id).toList();
        long anasStatements = statements.countOfPerson(ana.id());
        assertTrue(anasStatements > 0);

        IssuedClient tool = lrsClients.create("Content package " + UUID.randomUUID(), Set.of(LrsScope.ALL), null);
        String anaAsAccount = "{\"account\":{\"homePage\":\"" + settings.publicUrl() + "/\",\"name\":\"" + ana.id() + "\"}}";
        String anaAsMbox = "{\"mbox\":\"mailto:" + anasAddress + "\"}";
        String danAsAccount = "{\"account\":{\"homePage\":\"" + settings.publicUrl() + "/\",\"name\":\"" + dan.id() + "\"}}";
        for (String agent : List.of(anaAsAccount, anaAsMbox, danAsAccount)) {
            assertEquals(204, state(tool, agent, "PUT", "{\"bookmark\":\"page-4\"}"));
            assertEquals(200, state(tool, agent, "GET", null));
        }
        UUID anaByAddress = UUID.randomUUID();
        UUID danByAccount = UUID.randomUUID();
        assertEquals(204, statement(tool, anaByAddress, anaAsMbox));
        assertEquals(204, statement(tool, danByAccount, danAsAccount));

        assertEquals("error.erasure.self", refusal(() -> erasure.erase(admin.id(), admin.id(), ADDRESS)));
        assertEquals("error.forbidden", refusal(() -> erasure.erase(group.trainer.id(), ana.id(), ADDRESS)));
        assertEquals("error.account.unknown", refusal(() -> erasure.erase(admin.id(), Long.MAX_VALUE, ADDRESS)));
        assertEquals(anasStatements, statements.countOfPerson(ana.id()), "a refused erasure changes nothing");

        ErasureRecord record = erasure.erase(admin.id(), ana.id(), ADDRESS);

        assertEquals(0, statements.countOfPerson(ana.id()));
        assertEquals(anasStatements + 2, record.statementsDeleted(),
                "with the withdrawal the erasure itself recorded and the one the package sent with her address");
        assertEquals(404, statement(tool, anaByAddress, null), "a statement sent with her e-mail address is gone");
        assertEquals(200, statement(tool, danByAccount, null), "other learners' statements from packages stay");
        assertEquals(404, state(tool, anaAsAccount, "GET", null), "the state kept for the account is gone");
        assertEquals(404, state(tool, anaAsMbox, "GET", null), "and the state kept for the e-mail address");
        assertEquals(200, state(tool, danAsAccount, "GET", null), "other learners' states stay");
        assertEquals(1, record.enrolmentsWithdrawn());
        assertEquals(admin.id(), record.erasedBy());
        assertEquals(ana.id(), record.personId());
        assertEquals(settings.publicUrl() + "/", record.accountHomePage());
        List<String> targets = record.followUps().stream().map(ErasureFollowUp::target).toList();
        assertTrue(targets.contains(TEST_LRS), "the follow-up the test's observer named: " + targets);
        assertEquals(externalLrss.all().stream().map(lrs -> lrs.name() + " (" + lrs.endpoint() + ")").sorted().toList(),
                targets.stream().filter(t -> !t.equals(TEST_LRS)).sorted().toList(),
                "and one for each external LRS configured (other tests may have left theirs)");
        assertEquals(record.id(), erasure.of(ana.id()).orElseThrow().id());

        Person erased = people.byId(ana.id()).orElseThrow();
        assertEquals(AccountStatus.ERASED, erased.status());
        assertEquals(Person.ERASED_NAME, erased.fullName());
        assertFalse(erased.email().value().equals(anasAddress));
        assertTrue(people.byEmail(EmailAddress.of(anasAddress)).isEmpty(), "the address is free for a new account");
        assertEquals(SignInOutcome.INVALID, signIn.signIn(anasAddress, PASSWORD, ADDRESS).outcome());
        assertFalse(sessions.stillValid(ana.id(), 0));
        assertTrue(anasBrowser.get("app/activity.xhtml").uri().getPath().endsWith("/login.xhtml"),
                "an open session ends");

        assertEquals(0L, read(() -> em.createQuery("select count(e) from LearningEvent e where e.personId = :p", Long.class)
                .setParameter("p", ana.id()).getSingleResult()));
        assertEquals(0L, read(() -> em.createQuery("select count(m) from OutgoingMail m where m.recipient = :r", Long.class)
                .setParameter("r", anasAddress).getSingleResult()));
        assertTrue(read(() -> em.createQuery("select e from SecurityEvent e where e.subjectId = :p", SecurityEvent.class)
                .setParameter("p", ana.id()).getResultList()).stream()
                .allMatch(e -> e.email() == null && (e.clientAddress() == null || e.type() == SecurityEventType.ERASED)),
                "the security log keeps the events, without the person's addresses");
        assertFalse(feeds.exists(ana.id()));
        assertTrue(roleRequests.mine(ana.id()).isEmpty());

        Enrolment kept = cohorts.enrolment(anas.id());
        assertEquals(EnrolmentStatus.WITHDRAWN, kept.status(), "the enrolment stays for the figures, ended");
        assertEquals("", kept.endReason());
        assertEquals(1, progress.progress(anas.id()).size(), "and so does the progress");
        assertEquals(EnrolmentStatus.ENROLLED, cohorts.enrolment(dans.id()).status(), "the freed place went to the first waiting");
        List<UUID> dansAfter = statements.ofPerson(dan.id(), 0, 100).stream().map(StoredStatement::id).toList();
        assertTrue(dansAfter.containsAll(dansBefore), "other learners' statements stay");
        assertEquals(dansBefore.size() + 1, dansAfter.size(), "with the enrolment they were given");
        assertTrue(cohortStatements.activity(group.trainer.id(), group.cohort.id(), Language.EN).rows().stream()
                .noneMatch(r -> r.learner().enrolmentId() == anas.id()), "the erased are no longer among the learners");

        assertEquals("error.erasure.already", refusal(() -> erasure.erase(admin.id(), ana.id(), ADDRESS)));
        assertEquals(1, read(() -> em.createQuery("select count(r) from ErasureRecord r where r.personId = :p", Long.class)
                .setParameter("p", ana.id()).getSingleResult()).intValue());
        assertEquals("error.account.erased", refusal(() -> administration.reactivate(admin.id(), ana.id(), ADDRESS)));

        long followUp = record.followUps().get(0).id();
        erasure.followedUp(admin.id(), followUp);
        assertTrue(erasure.of(ana.id()).orElseThrow().followUps().stream().filter(f -> f.id() == followUp).findFirst()
                .orElseThrow().done());
        assertEquals("error.erasure.followUpDone", refusal(() -> erasure.followedUp(admin.id(), followUp)));
        assertNull(read(() -> em.find(Person.class, ana.id())).verifiedAt());
    }

    @Test
    void anUnknownAccountsDataCannotBeDownloadedAndAnErasedOnesPagesAreGone() throws Exception {
        Person admin = person("Admin Pages", Role.ADMIN);
        Person ana = person("Ana Pages");
        WebSession administrator = web(admin);
        assertEquals(404, administrator.get("admin/erase.xhtml?person=" + Long.MAX_VALUE).statusCode());
        assertEquals(404, administrator.get("admin/erase.xhtml?person=ana").statusCode());
        assertEquals(200, administrator.get("admin/erase.xhtml?person=" + ana.id()).statusCode());
        assertEquals(403, web(ana).get("admin/erase.xhtml?person=" + ana.id()).statusCode(), "administrators only");
        erasure.erase(admin.id(), ana.id(), ADDRESS);
        HttpResponse<String> after = administrator.get("admin/erase.xhtml?person=" + ana.id());
        assertEquals(200, after.statusCode());
        assertTrue(after.body().contains("already-erased") && !after.body().contains("Ana Pages"), after.body());
        assertTrue(administrator.get("admin/erasures.xhtml").body().contains(Long.toString(ana.id())));
    }
}
