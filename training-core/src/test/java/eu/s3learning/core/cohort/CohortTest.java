package eu.s3learning.core.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.identity.Language;
import eu.s3learning.core.programme.Programme;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CohortTest {

    static final Programme PROGRAMME = new Programme("S3 training package", "", Language.EN, 1L, Instant.EPOCH);

    /** A sensible plan: preparation in March, face-to-face on 14 and 15 April, wrap-up until mid-May. */
    static CohortPlan plan() {
        return new CohortPlan("Bucharest spring 2027", "en", "Europe/Bucharest", 25, EnrolmentMode.OPEN, PreparationGate.REQUIRED,
                LocalDateTime.of(2027, 4, 1, 12, 0), LocalDateTime.of(2027, 3, 1, 9, 0), LocalDateTime.of(2027, 4, 10, 23, 59),
                LocalDate.of(2027, 4, 14), LocalDate.of(2027, 4, 15), LocalDateTime.of(2027, 4, 20, 9, 0),
                LocalDateTime.of(2027, 5, 15, 18, 0));
    }

    static CohortPlan with(CohortPlan p, LocalDateTime prepOpens, LocalDateTime prepCloses, LocalDate first, LocalDate second,
            LocalDateTime wrapOpens, LocalDateTime wrapCloses) {
        return new CohortPlan(p.name(), p.language(), p.timeZone(), p.capacity(), p.enrolmentMode(), p.preparationGate(),
                p.enrolmentCloses(), prepOpens, prepCloses, first, second, wrapOpens, wrapCloses);
    }

    private static void refused(String key, CohortPlan plan) {
        RuleViolation violation = assertThrows(RuleViolation.class, () -> new Cohort(PROGRAMME, plan, 7L, Instant.EPOCH));
        assertEquals(key, violation.messageKey());
    }

    @Test
    void a_sound_plan_is_kept_in_the_cohorts_zone() {
        Cohort cohort = new Cohort(PROGRAMME, plan(), 7L, Instant.EPOCH);
        assertEquals(ZonedDateTime.of(2027, 3, 1, 9, 0, 0, 0, ZoneId.of("Europe/Bucharest")).toInstant(), cohort.preparationOpensAt());
        assertEquals(plan(), cohort.plan());
    }

    @Test
    void reversed_windows_are_refused() {
        CohortPlan p = plan();
        refused("error.cohort.windowReversed", with(p, p.preparationCloses(), p.preparationOpens(), p.firstDay(), p.secondDay(),
                p.wrapUpOpens(), p.wrapUpCloses()));
        refused("error.cohort.windowReversed", with(p, p.preparationOpens(), p.preparationCloses(), p.secondDay(), p.firstDay(),
                p.wrapUpOpens(), p.wrapUpCloses()));
        refused("error.cohort.windowReversed", with(p, p.preparationOpens(), p.preparationCloses(), p.firstDay(), p.secondDay(),
                p.wrapUpCloses(), p.wrapUpOpens()));
    }

    @Test
    void overlapping_windows_are_refused() {
        CohortPlan p = plan();
        refused("error.cohort.windowsOverlap", with(p, p.preparationOpens(), LocalDateTime.of(2027, 4, 25, 0, 0), p.firstDay(),
                p.secondDay(), p.wrapUpOpens(), p.wrapUpCloses()));
    }

    @Test
    void face_to_face_days_outside_the_cohort_or_inside_preparation_are_refused() {
        CohortPlan p = plan();
        refused("error.cohort.faceToFaceOutside", with(p, p.preparationOpens(), p.preparationCloses(), LocalDate.of(2027, 2, 1),
                p.secondDay(), p.wrapUpOpens(), p.wrapUpCloses()));
        refused("error.cohort.faceToFaceOutside", with(p, p.preparationOpens(), p.preparationCloses(), p.firstDay(),
                LocalDate.of(2027, 6, 1), p.wrapUpOpens(), p.wrapUpCloses()));
        refused("error.cohort.faceToFaceDuringPreparation", with(p, p.preparationOpens(), p.preparationCloses(),
                LocalDate.of(2027, 4, 5), p.secondDay(), p.wrapUpOpens(), p.wrapUpCloses()));
        refused("error.cohort.wrapUpBeforeFaceToFace", with(p, p.preparationOpens(), p.preparationCloses(), p.firstDay(),
                LocalDate.of(2027, 4, 22), p.wrapUpOpens(), p.wrapUpCloses()));
    }

    @Test
    void capacity_below_enrolment_is_refused_and_nothing_changes() {
        Cohort cohort = new Cohort(PROGRAMME, plan(), 7L, Instant.EPOCH);
        CohortPlan smaller = new CohortPlan("Renamed", "en", "Europe/Bucharest", 3, EnrolmentMode.OPEN, PreparationGate.REQUIRED,
                plan().enrolmentCloses(), plan().preparationOpens(), plan().preparationCloses(), plan().firstDay(),
                plan().secondDay(), plan().wrapUpOpens(), plan().wrapUpCloses());
        RuleViolation violation = assertThrows(RuleViolation.class, () -> cohort.replan(smaller, 4));
        assertEquals("error.cohort.capacityBelowEnrolment", violation.messageKey());
        assertEquals("Bucharest spring 2027", cohort.name());
        assertEquals(25, cohort.capacity());
    }

    @Test
    void enrolment_closing_after_the_first_day_and_unknown_zones_are_refused() {
        CohortPlan p = plan();
        refused("error.cohort.enrolmentClosesLate", new CohortPlan(p.name(), "en", p.timeZone(), 25, EnrolmentMode.OPEN,
                PreparationGate.REQUIRED, LocalDateTime.of(2027, 4, 14, 10, 0), p.preparationOpens(), p.preparationCloses(),
                p.firstDay(), p.secondDay(), p.wrapUpOpens(), p.wrapUpCloses()));
        refused("error.timeZone.unknown", new CohortPlan(p.name(), "en", "Mars/Olympus", 25, EnrolmentMode.OPEN,
                PreparationGate.REQUIRED, p.enrolmentCloses(), p.preparationOpens(), p.preparationCloses(),
                p.firstDay(), p.secondDay(), p.wrapUpOpens(), p.wrapUpCloses()));
        refused("error.cohort.datesRequired", with(p, null, p.preparationCloses(), p.firstDay(), p.secondDay(),
                p.wrapUpOpens(), p.wrapUpCloses()));
        refused("error.cohort.capacity", new CohortPlan(p.name(), "en", p.timeZone(), 0, EnrolmentMode.OPEN,
                PreparationGate.REQUIRED, p.enrolmentCloses(), p.preparationOpens(), p.preparationCloses(),
                p.firstDay(), p.secondDay(), p.wrapUpOpens(), p.wrapUpCloses()));
    }

    @Test
    void the_last_trainer_cannot_leave() {
        Cohort cohort = new Cohort(PROGRAMME, plan(), 7L, Instant.EPOCH);
        assertEquals("error.cohort.lastTrainer", assertThrows(RuleViolation.class, () -> cohort.removeTrainer(7L)).messageKey());
        cohort.addTrainer(8L);
        cohort.removeTrainer(7L);
        assertEquals(java.util.Set.of(8L), cohort.trainerIds());
    }
}
