package eu.s3learning.core.tracking.activity;

import static eu.s3learning.core.tracking.activity.PlatformLikeStatements.ATTENDED;
import static eu.s3learning.core.tracking.activity.PlatformLikeStatements.BASE;
import static eu.s3learning.core.tracking.activity.PlatformLikeStatements.COMPLETED;
import static eu.s3learning.core.tracking.activity.PlatformLikeStatements.EXPERIENCED;
import static eu.s3learning.core.tracking.activity.PlatformLikeStatements.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import eu.s3learning.core.identity.Language;
import eu.s3learning.core.tracking.platform.PlatformStatements;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CohortActivityTest {

    private static final Instant MONDAY = Instant.parse("2027-03-01T09:00:00Z");
    private static final CohortActivity.UnitColumn READING = new CohortActivity.UnitColumn(7, "Ce este S3");
    private static final CohortActivity.UnitColumn DAY_ONE = new CohortActivity.UnitColumn(8, "Ziua 1");

    @Test
    void each_learner_gets_the_verbs_reached_and_the_last_activity_per_unit_from_their_registration() {
        CohortActivity.Learner ana = new CohortActivity.Learner(100, "Ana Popescu");
        CohortActivity.Learner dan = new CohortActivity.Learner(101, "Dan Ionescu");
        UUID anas = PlatformStatements.registration(100);
        var statements = List.of(
                statement(1, COMPLETED, "completed", "a finalizat", "unit/7", "Ce este S3", anas, "phase/1", MONDAY.plusSeconds(60)),
                statement(1, EXPERIENCED, "experienced", "a parcurs", "unit/7", "Ce este S3", anas, "phase/1", MONDAY),
                statement(1, ATTENDED, "attended", "a participat la", "session/5", "Ziua 1", anas, "unit/8", MONDAY.plusSeconds(7200)),
                statement(1, "https://xapi.s3learning.eu/verbs/enrolled", "enrolled in", "s-a înscris în", "cohort/3", "Iași 2027",
                        anas, null, MONDAY.minusSeconds(3600)),
                statement(9, COMPLETED, "completed", "a finalizat", "unit/7", "Ce este S3", UUID.randomUUID(), null, MONDAY));

        CohortActivity activity = CohortActivity.of(List.of(ana, dan), List.of(READING, DAY_ONE), BASE, statements, Language.RO);

        CohortActivity.Row first = activity.rows().get(0);
        assertEquals(ana, first.learner());
        assertEquals(4, first.statements(), "another registration's statement is not counted");
        assertEquals(MONDAY.plusSeconds(7200), first.lastActivity());
        assertEquals(List.of("a parcurs", "a finalizat"), first.cell(READING).verbs(), "in the order first reached");
        assertEquals(MONDAY.plusSeconds(60), first.cell(READING).lastActivity());
        assertEquals(List.of("a participat la"), first.cell(DAY_ONE).verbs(), "a session counts for its unit");

        CohortActivity.Row second = activity.rows().get(1);
        assertEquals(0, second.statements());
        assertNull(second.lastActivity());
        assertNull(second.cell(READING));
    }
}
