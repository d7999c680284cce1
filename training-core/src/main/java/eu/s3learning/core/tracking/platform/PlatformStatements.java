package eu.s3learning.core.tracking.platform;

import eu.s3learning.core.cohort.Cohort;
import eu.s3learning.core.journal.LearningEvent;
import eu.s3learning.core.journal.LearningEventType;
import eu.s3learning.core.journal.LearningEventsRecorded;
import eu.s3learning.core.programme.Phase;
import eu.s3learning.core.programme.PhaseKind;
import eu.s3learning.core.programme.Programme;
import eu.s3learning.core.programme.Unit;
import eu.s3learning.core.scheduling.LiveSession;
import eu.s3learning.core.settings.PlatformSettings;
import eu.s3learning.core.tracking.lrs.statement.StatementRecording;
import eu.s3learning.xapi.Activity;
import eu.s3learning.xapi.ActivityDefinition;
import eu.s3learning.xapi.Agent;
import eu.s3learning.xapi.Context;
import eu.s3learning.xapi.ContextActivities;
import eu.s3learning.xapi.Extensions;
import eu.s3learning.xapi.InverseFunctionalIdentifier;
import eu.s3learning.xapi.Iri;
import eu.s3learning.xapi.LanguageMap;
import eu.s3learning.xapi.Statement;
import eu.s3learning.xapi.StatementObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import eu.s3learning.xapi.Jsonp;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns each learning event into its xAPI statement and stores it in the platform's LRS, in the event's own
 * transaction: no event is without its statement. The statement's id and the enrolment's registration are derived
 * from the platform's ids, so the same event always gives the same statement.
 * <p>
 * Learners appear as accounts on this platform ({@link #learner}), by an opaque number, never by e-mail address:
 * the statements travel to other LRSs, and erasing a person then means forgetting who a number was.
 */
@ApplicationScoped
public class PlatformStatements {

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    @Inject
    StatementRecording recording;

    @Inject
    PlatformSettings settings;

    void record(@Observes LearningEventsRecorded recorded) {
        Map<UUID, Long> personOf = new HashMap<>();
        List<Statement> statements = new ArrayList<>();
        for (LearningEvent event : recorded.events()) {
            Statement statement = statementOf(event);
            statements.add(statement);
            personOf.put(statement.id(), event.personId());
        }
        recording.record(statements, platformAuthority(), null, s -> personOf.get(s.id()), Map.of());
    }

    Statement statementOf(LearningEvent event) {
        Cohort cohort = event.cohortId() == null ? null : em.find(Cohort.class, event.cohortId());
        List<Activity> grouping = new ArrayList<>();
        List<Activity> parent = new ArrayList<>();
        if (cohort != null) {
            grouping.add(programme(cohort.programme()));
            grouping.add(activity("cohort/" + cohort.id(), PlatformVocabulary.COHORT, cohort.name(),
                    cohort.language().tag()));
        }
        Map<String, JsonValue> extensions = new LinkedHashMap<>();
        if (event.detail() != null) {
            extensions.put(PlatformVocabulary.DETAIL, Jsonp.PROVIDER.createValue(event.detail()));
        }
        StatementObject object = object(event, cohort, parent, extensions);
        Agent instructor = event.actorId() != null && !event.actorId().equals(event.personId())
                ? learner(event.actorId()) : null;
        UUID registration = event.enrolmentId() == null ? null : registration(event.enrolmentId());
        Context context = registration == null && instructor == null && grouping.isEmpty() && extensions.isEmpty()
                ? null
                : new Context(registration, instructor, null,
                        new ContextActivities(parent, grouping, List.of(), List.of()), null, "S3 Learning Platform",
                        cohort == null ? null : cohort.language().tag(), null,
                        extensions.isEmpty() ? null : new Extensions(extensions), List.of(), List.of());
        return new Statement(statementId(event.id()), learner(event.personId()),
                PlatformVocabulary.verb(event.type()), object, null, context, event.occurredAt(), null, null, null,
                List.of());
    }

    private StatementObject object(LearningEvent event, Cohort cohort, List<Activity> parent,
            Map<String, JsonValue> extensions) {
        LearningEventType type = event.type();
        if (type == LearningEventType.REGISTERED || cohort == null) {
            return activity("", PlatformVocabulary.PLATFORM, "S3 Learning Platform", "en");
        }
        String language = cohort.language().tag();
        if (event.sessionId() != null) {
            LiveSession session = em.find(LiveSession.class, event.sessionId());
            extensions.put(PlatformVocabulary.SESSION_MODE, Jsonp.PROVIDER.createValue(session.mode().name()));
            if (session.unitId() != null) {
                Unit unit = em.find(Unit.class, session.unitId());
                if (unit != null) {
                    parent.add(unit(unit, language));
                }
            }
            return activity("session/" + session.id(), PlatformVocabulary.LIVE_SESSION, session.title(), language);
        }
        if (event.unitId() != null) {
            Unit unit = em.find(Unit.class, event.unitId());
            parent.add(activity("phase/" + unit.module().phase().id(), PlatformVocabulary.PHASE,
                    phaseName(unit.module().phase(), language), language));
            return unit(unit, language);
        }
        if (type == LearningEventType.PHASE_COMPLETED || type == LearningEventType.WRAP_UP_UNLOCKED_BY_TRAINER) {
            PhaseKind kind = type == LearningEventType.PHASE_COMPLETED ? PhaseKind.valueOf(event.detail())
                    : PhaseKind.WRAP_UP;
            extensions.put(PlatformVocabulary.PHASE_KIND, Jsonp.PROVIDER.createValue(kind.name()));
            Phase phase = cohort.programme().phases().stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
            return activity("phase/" + phase.id(), PlatformVocabulary.PHASE, phaseName(phase, language), language);
        }
        if (type == LearningEventType.CERTIFICATE_ISSUED || type == LearningEventType.CERTIFICATE_REVOKED) {
            return activity("certificate/" + event.enrolmentId(), PlatformVocabulary.CERTIFICATE,
                    cohort.programme().title(), language);
        }
        return activity("cohort/" + cohort.id(), PlatformVocabulary.COHORT, cohort.name(), language);
    }

    /** The phase's title, or when its author left it untitled, the name the pages give its kind. */
    private static String phaseName(Phase phase, String language) {
        return phase.title().isBlank() ? PlatformVocabulary.phaseName(phase.kind(), language) : phase.title();
    }

    private Activity programme(Programme programme) {
        return activity("programme/" + programme.id(), PlatformVocabulary.PROGRAMME, programme.title(),
                programme.language().tag());
    }

    private Activity unit(Unit unit, String language) {
        return activity("unit/" + unit.id(), PlatformVocabulary.UNIT, unit.title(), language);
    }

    /** One of the platform's things, named under its public address. */
    private Activity activity(String path, Iri type, String title, String language) {
        return new Activity(new Iri(activityBase() + path), new ActivityDefinition(
                new LanguageMap(Map.of(language, title)), null, type, null, null, null, Map.of(), null));
    }

    /** A person as an account on this platform. */
    public Agent learner(long personId) {
        return new Agent(null, new InverseFunctionalIdentifier.Account(new Iri(settings.publicUrl() + "/"),
                Long.toString(personId)));
    }

    /** The authority of the platform's own statements: the platform itself. */
    public Agent platformAuthority() {
        return new Agent("S3 Learning Platform", new InverseFunctionalIdentifier.Account(
                new Iri(settings.publicUrl() + "/"), "platform"));
    }

    /** Where the platform's activity ids start: a unit's is this followed by {@code unit/<id>}. */
    public String activityBase() {
        return settings.publicUrl() + "/xapi/activities/";
    }

    /** The xAPI registration of an enrolment: every statement of one trainee's run through a cohort carries it. */
    public static UUID registration(long enrolmentId) {
        return UUID.nameUUIDFromBytes(("s3-enrolment:" + enrolmentId).getBytes(StandardCharsets.UTF_8));
    }

    static UUID statementId(long eventId) {
        return UUID.nameUUIDFromBytes(("s3-learning-event:" + eventId).getBytes(StandardCharsets.UTF_8));
    }
}
