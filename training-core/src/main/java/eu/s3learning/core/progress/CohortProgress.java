package eu.s3learning.core.progress;

import eu.s3learning.core.cohort.Cohort;
import eu.s3learning.core.cohort.Enrolment;
import eu.s3learning.core.programme.PhaseKind;
import eu.s3learning.core.programme.Unit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A cohort's progress as trainers follow it: one row per enrolled trainee with the state of
 * each phase and each unit; filtered and sorted as the trainer asks.
 */
public record CohortProgress(Cohort cohort, List<Unit> units, List<Row> rows) {

    /** One trainee: their journey, and per unit started, completed or nothing. */
    public record Row(Enrolment enrolment, Journey journey, Map<Long, UnitProgressStatus> units) {

        public PhaseStatus phase(PhaseKind kind) {
            return journey.phase(kind).status();
        }

        /** Units completed, across the whole programme. */
        public long completed() {
            return units.values().stream().filter(s -> s == UnitProgressStatus.COMPLETED).count();
        }

        public String unit(Unit unit) {
            UnitProgressStatus status = units.get(unit.id());
            return status == null ? "NONE" : status.name();
        }
    }

    public enum Order {
        NAME, PROGRESS_ASCENDING, PROGRESS_DESCENDING;

        /** The order of this name; by name when none or an unknown one is asked for (a hand-made address). */
        public static Order named(String name) {
            return Arrays.stream(values()).filter(o -> o.name().equals(name)).findFirst().orElse(NAME);
        }
    }

    /**
     * The rows whose name, e-mail or organisation contains the text, and (when a phase is given)
     * that have not completed that phase, in the order asked for.
     */
    public CohortProgress filtered(String text, PhaseKind notCompleted, Order order) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Comparator<Row> byName = Comparator.comparing(r -> r.enrolment().person().fullName().toLowerCase(Locale.ROOT));
        Comparator<Row> comparator = switch (order == null ? Order.NAME : order) {
            case NAME -> byName;
            case PROGRESS_ASCENDING -> Comparator.comparingLong(Row::completed).thenComparing(byName);
            case PROGRESS_DESCENDING -> Comparator.comparingLong(Row::completed).reversed().thenComparing(byName);
        };
        List<Row> kept = rows.stream()
                .filter(r -> needle.isEmpty() || (r.enrolment().person().fullName() + " " + r.enrolment().person().email().value()
                        + " " + r.enrolment().person().organisation()).toLowerCase(Locale.ROOT).contains(needle))
                .filter(r -> notCompleted == null || r.phase(notCompleted) != PhaseStatus.COMPLETE)
                .sorted(comparator).toList();
        return new CohortProgress(cohort, units, kept);
    }
}
