package eu.s3learning.core.tracking.activity;

import eu.s3learning.core.identity.Language;
import eu.s3learning.core.tracking.platform.PlatformStatements;
import eu.s3learning.xapi.Activity;
import eu.s3learning.xapi.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A cohort's xAPI activity as its trainers follow it: per learner, and per unit of the programme, what the
 * statements say they did (the verbs, in the order first reached) and when they last did something there.
 * <p>
 * Statements belong to a learner by their registration (one per enrolment), whoever sent them, and to a unit when
 * the unit is their object or their parent (a live session's statements have its unit as parent).
 */
public record CohortActivity(List<UnitColumn> units, List<Row> rows) {

    /** A unit of the programme, as a column. */
    public record UnitColumn(long id, String title) {
    }

    /** A learner of the cohort, by their enrolment. */
    public record Learner(long enrolmentId, String name) {
    }

    /** What a learner did in one unit. */
    public record Cell(List<String> verbs, Instant lastActivity) {

        public Cell {
            verbs = List.copyOf(verbs);
        }
    }

    /**
     * One learner: how many statements the cohort's record holds about them, when the latest happened, and a cell
     * for each unit they did anything in.
     */
    public record Row(Learner learner, int statements, Instant lastActivity, Map<Long, Cell> cells) {

        public Row {
            cells = Map.copyOf(cells);
        }

        /** The learner's cell for the unit, or null when the record says nothing of it. */
        public Cell cell(UnitColumn unit) {
            return cells.get(unit.id());
        }
    }

    public CohortActivity {
        units = List.copyOf(units);
        rows = List.copyOf(rows);
    }

    /**
     * @param activityBase where the platform's activity ids start (a unit is {@code unit/<id>} under it)
     * @param statements the statements in the learners' registrations, in any order
     */
    public static CohortActivity of(List<Learner> learners, List<UnitColumn> units, String activityBase,
            List<Statement> statements, Language language) {
        Map<String, Long> unitByActivity = new HashMap<>();
        units.forEach(unit -> unitByActivity.put(activityBase + "unit/" + unit.id(), unit.id()));
        Map<UUID, List<Statement>> byRegistration = new HashMap<>();
        for (Statement statement : statements) {
            if (statement.context() != null && statement.context().registration() != null) {
                byRegistration.computeIfAbsent(statement.context().registration(), r -> new ArrayList<>()).add(statement);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Learner learner : learners) {
            List<Statement> theirs = new ArrayList<>(
                    byRegistration.getOrDefault(PlatformStatements.registration(learner.enrolmentId()), List.of()));
            theirs.sort(java.util.Comparator.comparing(Statement::timestamp));
            Map<Long, Set<String>> verbs = new LinkedHashMap<>();
            Map<Long, Instant> last = new HashMap<>();
            Instant latest = null;
            for (Statement statement : theirs) {
                latest = statement.timestamp();
                Long unit = unitOf(statement, unitByActivity);
                if (unit != null) {
                    verbs.computeIfAbsent(unit, u -> new LinkedHashSet<>())
                            .add(ReadableStatement.of(statement, language).verb());
                    last.put(unit, statement.timestamp());
                }
            }
            Map<Long, Cell> cells = new HashMap<>();
            verbs.forEach((unit, reached) -> cells.put(unit, new Cell(List.copyOf(reached), last.get(unit))));
            rows.add(new Row(learner, theirs.size(), latest, cells));
        }
        return new CohortActivity(units, rows);
    }

    private static Long unitOf(Statement statement, Map<String, Long> unitByActivity) {
        if (statement.object() instanceof Activity activity && unitByActivity.containsKey(activity.id().value())) {
            return unitByActivity.get(activity.id().value());
        }
        if (statement.context() != null && statement.context().contextActivities() != null) {
            for (Activity parent : statement.context().contextActivities().parent()) {
                Long unit = unitByActivity.get(parent.id().value());
                if (unit != null) {
                    return unit;
                }
            }
        }
        return null;
    }
}
