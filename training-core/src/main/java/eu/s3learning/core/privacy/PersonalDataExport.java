package eu.s3learning.core.privacy;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.audit.AuditLog;
import eu.s3learning.core.audit.SecurityEvent;
import eu.s3learning.core.audit.SecurityEventType;
import eu.s3learning.core.certificate.Certificates;
import eu.s3learning.core.cohort.Cohorts;
import eu.s3learning.core.cohort.Enrolment;
import eu.s3learning.core.identity.People;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.journal.LearningEvent;
import eu.s3learning.core.programme.Unit;
import eu.s3learning.core.progress.LearnerProgress;
import eu.s3learning.core.progress.UnitProgress;
import eu.s3learning.core.roles.RoleRequestService;
import eu.s3learning.core.scheduling.Seat;
import eu.s3learning.core.scheduling.Sessions;
import eu.s3learning.core.tracking.lrs.IndexHash;
import eu.s3learning.core.tracking.lrs.document.AgentDocument;
import eu.s3learning.core.tracking.lrs.document.DocumentStore;
import eu.s3learning.core.tracking.lrs.statement.StatementStore;
import eu.s3learning.core.tracking.lrs.statement.StoredStatement;
import eu.s3learning.core.tracking.platform.PlatformStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import eu.s3learning.xapi.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Everything the platform keeps about a person, as one JSON document they can download (GDPR Art. 15 and 20):
 * their profile, enrolments with progress, sessions, attendance and certificate, role requests, learning events,
 * the statements the platform's LRS holds about them (as stored, in xAPI's own format, so another LRS can take
 * them), the State and Agent Profile documents LRS clients keep for them, and their own security events: what an
 * erasure deletes is what the export shows. Only ever the asking person's own data; the export is logged.
 */
@ApplicationScoped
@Transactional
public class PersonalDataExport {

    /** Names the document's layout, so that a later change of it can be told apart. */
    public static final String FORMAT = "s3-learning-platform/personal-data/1";
    private static final int STATEMENTS_PER_READ = 500;

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    @Inject
    People people;

    @Inject
    Cohorts cohorts;

    @Inject
    LearnerProgress progress;

    @Inject
    Sessions sessions;

    @Inject
    Certificates certificates;

    @Inject
    RoleRequestService roleRequests;

    @Inject
    StatementStore statements;

    @Inject
    DocumentStore documents;

    @Inject
    PlatformStatements platform;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public JsonObject of(long personId, String clientAddress) {
        Person person = people.byId(personId).orElseThrow(() -> new RuleViolation("error.account.unknown"));
        audit.record(SecurityEventType.PERSONAL_DATA_EXPORTED, personId, personId, person.email().value(), clientAddress,
                null);
        List<String> agents = Erasure.agentsOf(IndexHash.identifying(platform.learner(personId).identifier()),
                person.email().value());
        List<Long> agentKeys = agents.stream().map(IndexHash::of).toList();
        return Jsonp.PROVIDER.createObjectBuilder()
                .add("format", FORMAT)
                .add("exportedAt", clock.instant().toString())
                .add("person", person(person))
                .add("enrolments", enrolments(personId))
                .add("roleRequests", roleRequests(personId))
                .add("learningEvents", learningEvents(personId))
                .add("statements", statements(personId, agentKeys))
                .add("lrsDocuments", documents(agents))
                .add("securityEvents", securityEvents(personId))
                .build();
    }

    private static JsonObjectBuilder person(Person person) {
        JsonArrayBuilder roles = Jsonp.PROVIDER.createArrayBuilder();
        person.roles().stream().map(Enum::name).sorted().forEach(roles::add);
        JsonObjectBuilder json = Jsonp.PROVIDER.createObjectBuilder().add("id", person.id());
        put(json, "email", person.email().value());
        put(json, "fullName", person.fullName());
        put(json, "organisation", person.organisation());
        put(json, "country", person.countryCode());
        put(json, "language", person.language().tag());
        put(json, "timeZone", person.timeZone().getId());
        put(json, "status", person.status().name());
        json.add("roles", roles);
        put(json, "createdAt", person.createdAt());
        put(json, "verifiedAt", person.verifiedAt());
        return json;
    }

    private JsonArrayBuilder enrolments(long personId) {
        JsonArrayBuilder all = Jsonp.PROVIDER.createArrayBuilder();
        for (Enrolment enrolment : cohorts.enrolmentsOf(personId)) {
            JsonObjectBuilder json = Jsonp.PROVIDER.createObjectBuilder().add("id", enrolment.id());
            put(json, "cohort", enrolment.cohort().name());
            put(json, "programme", enrolment.cohort().programme().title());
            put(json, "status", enrolment.status().name());
            put(json, "requestedAt", enrolment.requestedAt());
            put(json, "enrolledAt", enrolment.enrolledAt());
            put(json, "endedAt", enrolment.endedAt());
            put(json, "endReason", enrolment.endReason());
            put(json, "wrapUpOpenedBecause", enrolment.wrapUpOverride());
            put(json, "xapiRegistration", PlatformStatements.registration(enrolment.id()).toString());
            json.add("progress", progress(enrolment));
            json.add("sessions", sessions(enrolment));
            certificates.of(enrolment.id()).ifPresentOrElse(certificate -> {
                JsonObjectBuilder c = Jsonp.PROVIDER.createObjectBuilder();
                put(c, "code", certificate.code());
                put(c, "issuedAt", certificate.issuedAt());
                c.add("minutes", certificate.minutes());
                put(c, "revokedAt", certificate.revokedAt());
                put(c, "revokeReason", certificate.revokeReason());
                json.add("certificate", c);
            }, () -> json.addNull("certificate"));
            all.add(json);
        }
        return all;
    }

    private JsonArrayBuilder progress(Enrolment enrolment) {
        Map<Long, UnitProgress> mine = progress.progress(enrolment.id());
        JsonArrayBuilder units = Jsonp.PROVIDER.createArrayBuilder();
        for (Unit unit : enrolment.cohort().programme().units()) {
            UnitProgress state = mine.get(unit.id());
            if (state != null) {
                JsonObjectBuilder json = Jsonp.PROVIDER.createObjectBuilder().add("unitId", unit.id());
                put(json, "unit", unit.title());
                put(json, "status", state.status().name());
                put(json, "completedAt", state.completedAt());
                units.add(json);
            }
        }
        return units;
    }

    private JsonArrayBuilder sessions(Enrolment enrolment) {
        JsonArrayBuilder all = Jsonp.PROVIDER.createArrayBuilder();
        for (Seat seat : sessions.seatsOf(enrolment.id())) {
            JsonObjectBuilder json = Jsonp.PROVIDER.createObjectBuilder();
            put(json, "session", seat.session().title());
            put(json, "startsAt", seat.session().startsAt());
            put(json, "seat", seat.status().name());
            put(json, "attendance", sessions.attendance(seat.session().id(), enrolment.id())
                    .map(a -> a.status().name()).orElse(null));
            all.add(json);
        }
        return all;
    }

    private JsonArrayBuilder roleRequests(long personId) {
        JsonArrayBuilder all = Jsonp.PROVIDER.createArrayBuilder();
        roleRequests.mine(personId).forEach(request -> {
            JsonObjectBuilder json = Jsonp.PROVIDER.createObjectBuilder();
            put(json, "role", request.requestedRole().name());
            put(json, "motivation", request.motivation());
            put(json, "status", request.status().name());
            put(json, "createdAt", request.createdAt());
            put(json, "decidedAt", request.decidedAt());
            put(json, "decisionNote", request.decisionNote());
            all.add(json);
        });
        return all;
    }

    private JsonArrayBuilder learningEvents(long personId) {
        JsonArrayBuilder all = Jsonp.PROVIDER.createArrayBuilder();
        em.createQuery("select e from LearningEvent e where e.personId = :person order by e.id", LearningEvent.class)
                .setParameter("person", personId).getResultList().forEach(event -> {
                    JsonObjectBuilder json = Jsonp.PROVIDER.createObjectBuilder().add("id", event.id());
                    put(json, "occurredAt", event.occurredAt());
                    put(json, "type", event.type().name());
                    put(json, "cohortId", event.cohortId());
                    put(json, "enrolmentId", event.enrolmentId());
                    put(json, "unitId", event.unitId());
                    put(json, "sessionId", event.sessionId());
                    put(json, "detail", event.detail());
                    all.add(json);
                });
        return all;
    }

    /**
     * The statements as the LRS stores them, oldest first, each parsed back into its own JSON object: the platform's
     * own about the person and those LRS clients sent with one of the person's agents as actor.
     */
    private JsonArrayBuilder statements(long personId, List<Long> agentKeys) {
        JsonArrayBuilder all = Jsonp.PROVIDER.createArrayBuilder();
        long total = statements.countAbout(personId, agentKeys);
        for (long offset = total; offset > 0; offset -= STATEMENTS_PER_READ) {
            int first = (int) Math.max(0, offset - STATEMENTS_PER_READ);
            List<StoredStatement> page = statements.about(personId, agentKeys, first, (int) (offset - first));
            for (int i = page.size() - 1; i >= 0; i--) {
                try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(page.get(i).body()))) {
                    all.add(reader.readObject());
                }
            }
        }
        return all;
    }

    /** The State and Agent Profile documents kept for the person's agents: JSON as it is, anything else in Base64. */
    private JsonArrayBuilder documents(List<String> agents) {
        JsonArrayBuilder all = Jsonp.PROVIDER.createArrayBuilder();
        for (String agent : agents) {
            for (AgentDocument document : documents.allOfAgent(agent)) {
                JsonObjectBuilder json = Jsonp.PROVIDER.createObjectBuilder();
                put(json, "kind", document.kind().name());
                put(json, "id", document.documentId());
                put(json, "contentType", document.contentType());
                put(json, "updated", document.updated());
                json.add("content", content(document));
                all.add(json);
            }
        }
        return all;
    }

    private static JsonValue content(AgentDocument document) {
        if (document.contentType().toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(
                    new String(document.content(), StandardCharsets.UTF_8)))) {
                return reader.readValue();
            } catch (RuntimeException notJson) {
                // Stored before the LRS checked JSON documents, or by a client that mislabelled it: kept as bytes.
            }
        }
        return Jsonp.PROVIDER.createObjectBuilder().add("base64", Base64.getEncoder().encodeToString(document.content())).build();
    }

    private JsonArrayBuilder securityEvents(long personId) {
        JsonArrayBuilder all = Jsonp.PROVIDER.createArrayBuilder();
        em.createQuery("select e from SecurityEvent e where e.subjectId = :person order by e.id", SecurityEvent.class)
                .setParameter("person", personId).getResultList().forEach(event -> {
                    JsonObjectBuilder json = Jsonp.PROVIDER.createObjectBuilder();
                    put(json, "occurredAt", event.occurredAt());
                    put(json, "type", event.type().name());
                    put(json, "email", event.email());
                    put(json, "clientAddress", event.clientAddress());
                    all.add(json);
                });
        return all;
    }

    private static void put(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else if (value instanceof Long number) {
            json.add(name, number);
        } else {
            json.add(name, value.toString());
        }
    }
}
