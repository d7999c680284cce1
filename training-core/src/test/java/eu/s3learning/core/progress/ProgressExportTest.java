package eu.s3learning.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.s3learning.core.cohort.Cohort;
import eu.s3learning.core.cohort.CohortPlan;
import eu.s3learning.core.cohort.EnrolmentMode;
import eu.s3learning.core.cohort.Enrolments;
import eu.s3learning.core.cohort.PreparationGate;
import eu.s3learning.core.identity.Language;
import eu.s3learning.core.programme.PhaseKind;
import eu.s3learning.core.programme.Programme;
import eu.s3learning.core.programme.types.PageType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressExportTest {

    @Test
    void the_csv_starts_with_a_byte_order_mark_and_has_a_line_per_trainee() {
        Programme programme = new Programme("S3", "", Language.EN, 1L, Instant.EPOCH);
        JourneyTest.set(programme.phase(PhaseKind.PREPARATION).addModule("M", "").addUnit(new PageType(), "Read", "<p>x</p>"), "id", 1L);
        Cohort cohort = new Cohort(programme, new CohortPlan("Iași", "en", "Europe/Bucharest", 10, EnrolmentMode.OPEN,
                PreparationGate.REQUIRED, LocalDateTime.of(2027, 4, 1, 12, 0), LocalDateTime.of(2027, 3, 1, 9, 0),
                LocalDateTime.of(2027, 4, 10, 23, 59), LocalDate.of(2027, 4, 14), LocalDate.of(2027, 4, 15),
                LocalDateTime.of(2027, 4, 20, 9, 0), LocalDateTime.of(2027, 5, 15, 18, 0)), 7L, Instant.EPOCH);
        var enrolment = Enrolments.enrolled(cohort);
        CohortProgress progress = new CohortProgress(cohort, programme.units(),
                List.of(new CohortProgress.Row(enrolment, Journey.of(enrolment, Map.of(), Instant.parse("2027-03-10T10:00:00Z")), Map.of())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgressExport.csv(progress, word -> word.toLowerCase(), out);
        byte[] bytes = out.toByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals(2, text.lines().count());
        assertTrue(text.startsWith("name,email,organisation,preparation,face_to_face,wrap_up,Read"), text);
        assertTrue(text.contains("Ana Popescu,ana@adr-vest.ro,ADR Vest,open,locked,locked,none"), text);
        assertEquals(0, progress.filtered("popescu", PhaseKind.PREPARATION, CohortProgress.Order.NAME).rows().size() - 1);
        assertEquals(0, progress.filtered("somebody else", null, CohortProgress.Order.NAME).rows().size());
    }
}
