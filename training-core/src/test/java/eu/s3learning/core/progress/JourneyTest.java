package eu.s3learning.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.s3learning.core.cohort.Cohort;
import eu.s3learning.core.cohort.CohortPlan;
import eu.s3learning.core.cohort.EnrolmentMode;
import eu.s3learning.core.cohort.Enrolments;
import eu.s3learning.core.cohort.PreparationGate;
import eu.s3learning.core.identity.Language;
import eu.s3learning.core.programme.PhaseKind;
import eu.s3learning.core.programme.Programme;
import eu.s3learning.core.programme.Unit;
import eu.s3learning.core.programme.types.LiveSessionType;
import eu.s3learning.core.programme.types.PageType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JourneyTest {

    static final Instant DURING_PREPARATION = Instant.parse("2027-03-10T10:00:00Z");
    static final Instant AFTER_WRAP_UP_OPENS = Instant.parse("2027-04-25T10:00:00Z");

    Programme programme;
    Unit reading;
    Unit dayOne;
    Unit dayTwo;
    Unit conclusions;
    final Map<Long, UnitProgress> progress = new HashMap<>();

    @BeforeEach
    void programme() {
        programme = new Programme("S3", "", Language.EN, 1L, Instant.EPOCH);
        reading = programme.phase(PhaseKind.PREPARATION).addModule("The S3 concept", "").addUnit(new PageType(), "Read", "<p>x</p>");
        var days = programme.phase(PhaseKind.FACE_TO_FACE).addModule("Face-to-face", "");
        dayOne = days.addUnit(new LiveSessionType(), "Day 1", null);
        dayTwo = days.addUnit(new LiveSessionType(), "Day 2", null);
        conclusions = programme.phase(PhaseKind.WRAP_UP).addModule("Conclusions", "").addUnit(new LiveSessionType(), "Online day", null);
        long id = 1;
        for (Unit unit : programme.units()) {
            set(unit, "id", id++);
        }
    }

    Cohort cohort(PreparationGate gate) {
        return new Cohort(programme, new CohortPlan("C", "en", "Europe/Bucharest", 10, EnrolmentMode.OPEN, gate,
                LocalDateTime.of(2027, 4, 1, 12, 0), LocalDateTime.of(2027, 3, 1, 9, 0), LocalDateTime.of(2027, 4, 10, 23, 59),
                LocalDate.of(2027, 4, 14), LocalDate.of(2027, 4, 15), LocalDateTime.of(2027, 4, 20, 9, 0),
                LocalDateTime.of(2027, 5, 15, 18, 0)), 7L, Instant.EPOCH);
    }

    void completed(Unit unit) {
        try {
            Constructor<UnitProgress> make = UnitProgress.class.getDeclaredConstructor(long.class, long.class, Instant.class);
            UnitProgress p = make.newInstance(100L, unit.id(), Instant.EPOCH);
            p.complete(Instant.EPOCH);
            progress.put(unit.id(), p);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static void set(Object target, String name, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void preparation_is_locked_until_its_window_opens() {
        Journey journey = Journey.of(Enrolments.enrolled(cohort(PreparationGate.REQUIRED)), progress, Instant.parse("2027-02-01T00:00:00Z"));
        PhaseProgress preparation = journey.phase(PhaseKind.PREPARATION);
        assertEquals(PhaseStatus.LOCKED, preparation.status());
        assertEquals("journey.locked.notYetOpen", preparation.lock().orElseThrow().reasonKey());
        assertFalse(journey.unlocks(reading.id()));
    }

    @Test
    void face_to_face_sign_up_waits_for_preparation_when_required() {
        Journey journey = Journey.of(Enrolments.enrolled(cohort(PreparationGate.REQUIRED)), progress, DURING_PREPARATION);
        assertEquals(PhaseStatus.OPEN, journey.phase(PhaseKind.PREPARATION).status());
        assertEquals("journey.locked.preparationFirst", journey.phase(PhaseKind.FACE_TO_FACE).lock().orElseThrow().reasonKey());
        assertEquals(reading, journey.current().orElseThrow().next().orElseThrow().unit());

        completed(reading);
        journey = Journey.of(Enrolments.enrolled(cohort(PreparationGate.REQUIRED)), progress, DURING_PREPARATION);
        assertEquals(PhaseStatus.COMPLETE, journey.phase(PhaseKind.PREPARATION).status());
        assertEquals(PhaseStatus.OPEN, journey.phase(PhaseKind.FACE_TO_FACE).status());
        assertTrue(journey.unlocks(dayOne.id()));
    }

    @Test
    void when_preparation_is_only_recommended_sign_up_is_open_with_a_hint() {
        Journey journey = Journey.of(Enrolments.enrolled(cohort(PreparationGate.RECOMMENDED)), progress, DURING_PREPARATION);
        PhaseProgress faceToFace = journey.phase(PhaseKind.FACE_TO_FACE);
        assertEquals(PhaseStatus.OPEN, faceToFace.status());
        assertTrue(faceToFace.recommendedFirst());
    }

    @Test
    void wrap_up_opens_after_both_days_were_attended_and_its_window_opened() {
        completed(reading);
        completed(dayOne);
        Journey journey = Journey.of(Enrolments.enrolled(cohort(PreparationGate.REQUIRED)), progress, AFTER_WRAP_UP_OPENS);
        assertEquals("journey.locked.attendFirst", journey.phase(PhaseKind.WRAP_UP).lock().orElseThrow().reasonKey());

        completed(dayTwo);
        journey = Journey.of(Enrolments.enrolled(cohort(PreparationGate.REQUIRED)), progress, Instant.parse("2027-04-16T10:00:00Z"));
        assertEquals("journey.locked.notYetOpen", journey.phase(PhaseKind.WRAP_UP).lock().orElseThrow().reasonKey());

        journey = Journey.of(Enrolments.enrolled(cohort(PreparationGate.REQUIRED)), progress, AFTER_WRAP_UP_OPENS);
        assertEquals(PhaseStatus.OPEN, journey.phase(PhaseKind.WRAP_UP).status());
        assertFalse(journey.complete());

        completed(conclusions);
        assertTrue(Journey.of(Enrolments.enrolled(cohort(PreparationGate.REQUIRED)), progress, AFTER_WRAP_UP_OPENS).complete());
    }

    @Test
    void a_trainer_can_open_the_wrap_up_for_someone_who_missed_a_day() {
        completed(reading);
        completed(dayOne);
        var enrolment = Enrolments.enrolled(cohort(PreparationGate.REQUIRED));
        Enrolments.unlockWrapUp(enrolment, "Ill on day 2; did the make-up assignment");
        Journey journey = Journey.of(enrolment, progress, AFTER_WRAP_UP_OPENS);
        assertEquals(PhaseStatus.OPEN, journey.phase(PhaseKind.WRAP_UP).status());
        assertEquals(PhaseStatus.OPEN, journey.phase(PhaseKind.FACE_TO_FACE).status());
    }

    @Test
    void someone_not_yet_enrolled_sees_every_phase_locked() {
        Journey journey = Journey.of(Enrolments.pending(cohort(PreparationGate.REQUIRED)), progress, DURING_PREPARATION);
        assertTrue(journey.phases().stream().allMatch(p -> p.status() == PhaseStatus.LOCKED));
        assertEquals("journey.locked.notEnrolled", journey.phase(PhaseKind.PREPARATION).lock().orElseThrow().reasonKey());
    }
}
