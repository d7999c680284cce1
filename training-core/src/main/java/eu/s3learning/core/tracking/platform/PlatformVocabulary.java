package eu.s3learning.core.tracking.platform;

import eu.s3learning.core.journal.LearningEventType;
import eu.s3learning.core.programme.PhaseKind;
import eu.s3learning.xapi.Iri;
import eu.s3learning.xapi.LanguageMap;
import eu.s3learning.xapi.Verb;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The verbs, activity types and extensions of the platform's own statements: the S3 Learning Platform xAPI
 * profile, documented in docs/xapi-profile.md. ADL's and the community registry's terms where one means what the
 * platform means; terms of its own under {@link #BASE} where none does (waiting lists, absences, a trainer's
 * override).
 */
public final class PlatformVocabulary {

    /** The namespace of the profile's own terms. */
    public static final String BASE = "https://xapi.s3learning.eu/";

    public static final Iri PLATFORM = new Iri("http://activitystrea.ms/schema/1.0/application");
    public static final Iri PROGRAMME = new Iri("http://adlnet.gov/expapi/activities/course");
    public static final Iri PHASE = new Iri(BASE + "activity-types/phase");
    public static final Iri MODULE = new Iri("http://adlnet.gov/expapi/activities/module");
    public static final Iri UNIT = new Iri("http://adlnet.gov/expapi/activities/lesson");
    public static final Iri COHORT = new Iri(BASE + "activity-types/cohort");
    public static final Iri LIVE_SESSION = new Iri("http://adlnet.gov/expapi/activities/meeting");
    public static final Iri CERTIFICATE = new Iri(BASE + "activity-types/certificate");

    /** What the event says beyond its verb and object, e.g. a certificate's code or why an enrolment ended. */
    public static final String DETAIL = BASE + "extensions/detail";
    /** The phase an event of a whole enrolment concerns (PREPARATION, FACE_TO_FACE, WRAP_UP). */
    public static final String PHASE_KIND = BASE + "extensions/phase";
    /** How a live session is held: IN_PERSON or ONLINE. */
    public static final String SESSION_MODE = BASE + "extensions/session-mode";

    private static final Map<LearningEventType, Verb> VERBS = new EnumMap<>(LearningEventType.class);

    static {
        verb(LearningEventType.REGISTERED, "http://adlnet.gov/expapi/verbs/registered", "registered", "s-a înregistrat");
        verb(LearningEventType.ENROLMENT_REQUESTED, BASE + "verbs/requested-enrolment", "requested enrolment in",
                "a cerut înscrierea în");
        verb(LearningEventType.ENROLLED, BASE + "verbs/enrolled", "enrolled in", "s-a înscris în");
        verb(LearningEventType.WAITLISTED, BASE + "verbs/waitlisted", "was put on the waiting list of",
                "a fost pus pe lista de așteptare pentru");
        verb(LearningEventType.ENROLMENT_REFUSED, BASE + "verbs/was-refused", "was refused enrolment in",
                "a fost refuzat la înscrierea în");
        verb(LearningEventType.WITHDRAWN, "http://activitystrea.ms/schema/1.0/leave", "left", "a părăsit");
        verb(LearningEventType.UNIT_EXPERIENCED, "http://adlnet.gov/expapi/verbs/experienced", "experienced",
                "a parcurs");
        verb(LearningEventType.UNIT_COMPLETED, "http://adlnet.gov/expapi/verbs/completed", "completed", "a finalizat");
        verb(LearningEventType.PHASE_COMPLETED, "http://adlnet.gov/expapi/verbs/completed", "completed", "a finalizat");
        verb(LearningEventType.SESSION_SIGNED_UP, "http://adlnet.gov/expapi/verbs/registered", "registered for",
                "s-a înregistrat la");
        verb(LearningEventType.SESSION_WAITLISTED, BASE + "verbs/waitlisted", "was put on the waiting list of",
                "a fost pus pe lista de așteptare pentru");
        verb(LearningEventType.SESSION_LEFT, BASE + "verbs/cancelled-registration", "cancelled the registration for",
                "a anulat înregistrarea la");
        verb(LearningEventType.ATTENDED, "http://adlnet.gov/expapi/verbs/attended", "attended", "a participat la");
        verb(LearningEventType.ABSENT, BASE + "verbs/was-absent", "was absent from", "a absentat de la");
        verb(LearningEventType.WRAP_UP_UNLOCKED_BY_TRAINER, BASE + "verbs/was-admitted", "was admitted by a trainer to",
                "a fost admis de un formator la");
        verb(LearningEventType.CERTIFICATE_ISSUED, "http://id.tincanapi.com/verb/earned", "earned", "a obținut");
        verb(LearningEventType.CERTIFICATE_REVOKED, BASE + "verbs/lost", "lost", "a pierdut");
    }

    private static final Map<PhaseKind, Map<String, String>> PHASE_NAMES = Map.of(
            PhaseKind.PREPARATION, Map.of("en", "Online preparation", "ro", "Pregătire online"),
            PhaseKind.FACE_TO_FACE, Map.of("en", "Two face-to-face days", "ro", "Două zile față în față"),
            PhaseKind.WRAP_UP, Map.of("en", "Online wrap-up", "ro", "Încheiere online"));

    private PlatformVocabulary() {
    }

    /**
     * The name of a phase whose author gave it no title, as the pages call its kind: a statement about a phase
     * names it, so that whoever reads the statement knows which one. English where the language is neither.
     */
    public static String phaseName(PhaseKind kind, String language) {
        Map<String, String> names = PHASE_NAMES.get(kind);
        return names.getOrDefault(language, names.get("en"));
    }

    private static void verb(LearningEventType type, String iri, String english, String romanian) {
        Map<String, String> display = new LinkedHashMap<>();
        display.put("en", english);
        display.put("ro", romanian);
        VERBS.put(type, new Verb(new Iri(iri), new LanguageMap(display)));
    }

    /** The profile's verb with this IRI, whose display stands in when a statement brings none. */
    public static Optional<Verb> verb(Iri id) {
        return VERBS.values().stream().filter(verb -> verb.id().equals(id)).findFirst();
    }

    public static Verb verb(LearningEventType type) {
        Verb verb = VERBS.get(type);
        if (verb == null) {
            throw new IllegalStateException("The xAPI profile has no verb for " + type);
        }
        return verb;
    }
}
