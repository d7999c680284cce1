package eu.s3learning.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.s3learning.core.cohort.Cohort;
import eu.s3learning.core.cohort.CohortPlan;
import eu.s3learning.core.cohort.Enrolment;
import eu.s3learning.core.cohort.EnrolmentMode;
import eu.s3learning.core.cohort.Enrolments;
import eu.s3learning.core.cohort.PreparationGate;
import eu.s3learning.core.identity.Language;
import eu.s3learning.core.programme.CourseModule;
import eu.s3learning.core.programme.PhaseKind;
import eu.s3learning.core.programme.Programme;
import eu.s3learning.core.programme.Unit;
import eu.s3learning.core.programme.types.PageType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The trainer's progress matrix, filtered and sorted as the cohort page asks. */
class CohortProgressTest {

    private final Programme programme = new Programme("S3", "", Language.EN, 1L, Instant.EPOCH);
    private final List<Unit> readings = new ArrayList<>();
    private final Cohort cohort;
    private final List<CohortProgress.Row> rows = new ArrayList<>();

    CohortProgressTest() {
        CourseModule concept = programme.phase(PhaseKind.PREPARATION).addModule("Concept", "");
        for (String title : List.of("What S3 is", "Entrepreneurial discovery")) {
            Unit unit = concept.addUnit(new PageType(), title, "<p>text</p>");
            JourneyTest.set(unit, "id", (long) readings.size() + 1);
            readings.add(unit);
        }
        cohort = new Cohort(programme, new CohortPlan("Iași", "en", "Europe/Bucharest", 10, EnrolmentMode.OPEN, PreparationGate.REQUIRED,
                LocalDateTime.of(2027, 4, 1, 12, 0), LocalDateTime.of(2027, 3, 1, 9, 0), LocalDateTime.of(2027, 4, 10, 23, 59),
                LocalDate.of(2027, 4, 14), LocalDate.of(2027, 4, 15), LocalDateTime.of(2027, 4, 20, 9, 0),
                LocalDateTime.of(2027, 5, 15, 18, 0)), 7L, Instant.EPOCH);
        trainee("dan Ionescu", "dan@cluster-auto.ro", "Cluster Auto Vest", 1);
        trainee("Ana Popa", "ana@adr-nord-est.ro", "ADR Nord-Est", 2);
        trainee("Bogdan Marin", "bogdan@adr-centru.ro", "ADR Centru", 0);
        trainee("Carmen Dobre", "carmen@sud-muntenia.ro", "Agenția Sud", 1);
    }

    /** A trainee who completed the first {@code done} readings. */
    private void trainee(String name, String email, String organisation, int done) {
        Enrolment enrolment = Enrolments.enrolled(cohort, name, email, organisation);
        Map<Long, UnitProgress> progress = new HashMap<>();
        Map<Long, UnitProgressStatus> units = new HashMap<>();
        for (Unit reading : readings.subList(0, done)) {
            UnitProgress p = new UnitProgress(100L, reading.id(), Instant.EPOCH);
            p.complete(Instant.EPOCH);
            progress.put(reading.id(), p);
            units.put(reading.id(), UnitProgressStatus.COMPLETED);
        }
        rows.add(new CohortProgress.Row(enrolment, Journey.of(enrolment, progress, Instant.parse("2027-03-10T10:00:00Z")), units));
    }

    private List<String> names(String text, PhaseKind notCompleted, CohortProgress.Order order) {
        return new CohortProgress(cohort, readings, rows).filtered(text, notCompleted, order).rows().stream()
                .map(r -> r.enrolment().person().fullName()).toList();
    }

    @Test
    void by_name_whatever_the_case() {
        assertEquals(List.of("Ana Popa", "Bogdan Marin", "Carmen Dobre", "dan Ionescu"), names(null, null, CohortProgress.Order.NAME));
    }

    @Test
    void by_progress_either_way_and_by_name_among_equals() {
        assertEquals(List.of("Ana Popa", "Carmen Dobre", "dan Ionescu", "Bogdan Marin"),
                names("", null, CohortProgress.Order.PROGRESS_DESCENDING));
        assertEquals(List.of("Bogdan Marin", "Carmen Dobre", "dan Ionescu", "Ana Popa"),
                names("", null, CohortProgress.Order.PROGRESS_ASCENDING));
    }

    @Test
    void filtered_by_name_address_or_organisation_and_by_a_phase_not_completed() {
        assertEquals(List.of("Ana Popa", "Bogdan Marin"), names("  adr-", null, CohortProgress.Order.NAME), "addresses");
        assertEquals(List.of("dan Ionescu"), names("CLUSTER auto", null, CohortProgress.Order.NAME), "organisation, any case");
        assertEquals(List.of("Bogdan Marin", "Carmen Dobre", "dan Ionescu"), names(null, PhaseKind.PREPARATION, CohortProgress.Order.NAME),
                "Ana completed the preparation");
        assertEquals(List.of("Carmen Dobre"), names("sud", PhaseKind.PREPARATION, CohortProgress.Order.PROGRESS_ASCENDING));
    }

    @Test
    void an_unknown_order_from_a_hand_made_address_sorts_by_name() {
        assertEquals(CohortProgress.Order.NAME, CohortProgress.Order.named("DROP TABLE"));
        assertEquals(CohortProgress.Order.NAME, CohortProgress.Order.named(null));
        assertEquals(CohortProgress.Order.PROGRESS_ASCENDING, CohortProgress.Order.named("PROGRESS_ASCENDING"));
    }
}
