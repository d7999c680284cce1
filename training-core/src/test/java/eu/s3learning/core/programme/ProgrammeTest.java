package eu.s3learning.core.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.identity.Language;
import eu.s3learning.core.programme.types.LinkType;
import eu.s3learning.core.programme.types.LiveSessionType;
import eu.s3learning.core.programme.types.PageType;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammeTest {

    private static final PageType PAGE = new PageType();

    static void id(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_programme_always_has_the_three_phases_in_order() {
        Programme programme = new Programme("S3", "", Language.RO, 1L, Instant.EPOCH);
        assertEquals(List.of(PhaseKind.PREPARATION, PhaseKind.FACE_TO_FACE, PhaseKind.WRAP_UP),
                programme.phases().stream().map(Phase::kind).toList());
        assertEquals(Language.RO, programme.language());
    }

    @Test
    void a_phase_is_complete_with_all_required_units_or_with_n_of_m() {
        Phase phase = new Programme("S3", "", Language.EN, 1L, Instant.EPOCH).phase(PhaseKind.PREPARATION);
        CourseModule module = phase.addModule("The S3 concept", "");
        Unit a = module.addUnit(PAGE, "What smart specialisation is", "<p>Text</p>");
        Unit b = module.addUnit(PAGE, "Your region's strengths", "<p>Text</p>");
        Unit c = module.addUnit(PAGE, "Further reading", "<p>Text</p>");
        id(a, 1);
        id(b, 2);
        id(c, 3);
        c.completeBy(PAGE, CompletionMode.VIEWED, false);
        assertFalse(phase.isCompleteWith(List.of(1L)));
        assertTrue(phase.isCompleteWith(List.of(1L, 2L)));
        phase.completeWhen(PhaseCompletionRule.AT_LEAST, 1);
        assertTrue(phase.isCompleteWith(List.of(3L)));
        assertEquals("error.phase.requiredCount",
                assertThrows(RuleViolation.class, () -> phase.completeWhen(PhaseCompletionRule.AT_LEAST, 4)).messageKey());
    }

    @Test
    void reordering_needs_exactly_the_current_units() {
        CourseModule module = new Programme("S3", "", Language.EN, 1L, Instant.EPOCH).phase(PhaseKind.PREPARATION)
                .addModule("M", "");
        Unit a = module.addUnit(PAGE, "A", "<p>a</p>");
        Unit b = module.addUnit(PAGE, "B", "<p>b</p>");
        id(a, 10);
        id(b, 11);
        module.reorderUnits(List.of(11L, 10L));
        assertEquals(List.of("B", "A"), module.units().stream().map(Unit::title).toList());
        assertEquals(List.of(0, 1), module.units().stream().map(Unit::position).toList());
        assertEquals("error.programme.staleOrder",
                assertThrows(RuleViolation.class, () -> module.reorderUnits(List.of(11L))).messageKey());
        assertEquals("error.programme.staleOrder",
                assertThrows(RuleViolation.class, () -> module.reorderUnits(List.of(11L, 12L))).messageKey());
    }

    @Test
    void a_copy_has_the_same_structure_and_content() {
        Programme original = new Programme("S3", "Summary", Language.EN, 1L, Instant.EPOCH);
        original.phase(PhaseKind.FACE_TO_FACE).completeWhen(PhaseCompletionRule.ALL_REQUIRED, 0);
        CourseModule module = original.phase(PhaseKind.FACE_TO_FACE).addModule("Face-to-face days", "");
        module.addUnit(new LiveSessionType(), "Day 1", null);
        module.addUnit(new LinkType(), "EU S3 platform", "https://s3platform.jrc.ec.europa.eu/");
        Programme copy = original.copyAs("S3 (copy)", 2L, Instant.EPOCH);
        assertEquals("S3 (copy)", copy.title());
        assertEquals(List.of("Day 1", "EU S3 platform"), copy.units().stream().map(Unit::title).toList());
        assertEquals("https://s3platform.jrc.ec.europa.eu/", copy.units().get(1).content());
        assertEquals(CompletionMode.ATTENDED, copy.units().get(0).completion());
    }

    @Test
    void a_unit_offers_only_the_completions_of_its_kind() {
        Unit day = new Programme("S3", "", Language.EN, 1L, Instant.EPOCH).phase(PhaseKind.FACE_TO_FACE).addModule("M", "")
                .addUnit(new LiveSessionType(), "Day 1", null);
        assertEquals("error.unit.completionNotOffered", assertThrows(RuleViolation.class,
                () -> day.completeBy(new LiveSessionType(), CompletionMode.VIEWED, true)).messageKey());
    }
}
