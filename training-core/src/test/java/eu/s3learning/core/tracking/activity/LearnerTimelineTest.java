package eu.s3learning.core.tracking.activity;

import static eu.s3learning.core.tracking.activity.PlatformLikeStatements.COMPLETED;
import static eu.s3learning.core.tracking.activity.PlatformLikeStatements.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.identity.Language;
import eu.s3learning.core.persistence.SchemaMigration;
import eu.s3learning.core.persistence.TestDatabases.TestDatabase;
import eu.s3learning.core.persistence.TestDatabases;
import eu.s3learning.core.tracking.lrs.statement.JdbcStatementStore;
import eu.s3learning.core.tracking.lrs.statement.NewStatement;
import eu.s3learning.core.tracking.lrs.statement.StatementIndex;
import eu.s3learning.xapi.Statement;
import eu.s3learning.xapi.StatementFormat;
import eu.s3learning.xapi.StatementWriter;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LearnerTimelineTest {

    static List<TestDatabase> databases() {
        return TestDatabases.available();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theTimelineShowsOnlyThePersonsOwnStatementsNewestFirstInPagesOfTwenty(TestDatabase database) throws Exception {
        String url = database.freshSchema();
        try {
            var dataSource = database.dataSource(url);
            SchemaMigration.migrate(dataSource);
            JdbcStatementStore store = new JdbcStatementStore(dataSource);
            Instant start = Instant.parse("2027-03-01T09:00:00Z");
            for (int i = 0; i < LearnerTimeline.PAGE_SIZE + 3; i++) {
                store.insert(List.of(stored(statement(7, COMPLETED, "completed", "a finalizat", "unit/" + i, "Unitatea " + i,
                        UUID.randomUUID(), null, start.plusSeconds(i)), 7L),
                        stored(statement(8, COMPLETED, "completed", "a finalizat", "unit/" + i, "Altcineva", UUID.randomUUID(),
                                null, start.plusSeconds(i)), 8L)));
            }
            LearnerTimeline timeline = new LearnerTimeline();
            timeline.store = store;

            TimelinePage first = timeline.page(7, 1, Language.RO);
            assertEquals(LearnerTimeline.PAGE_SIZE, first.entries().size());
            assertEquals(2, first.pages());
            assertEquals(LearnerTimeline.PAGE_SIZE + 3, first.total());
            assertEquals("Unitatea 22", first.entries().get(0).object(), "newest first");
            assertEquals("a finalizat", first.entries().get(0).verb());
            assertFalse(first.hasNewer());
            assertTrue(first.hasOlder());
            TimelinePage second = timeline.page(7, 2, Language.RO);
            assertEquals(List.of("Unitatea 2", "Unitatea 1", "Unitatea 0"),
                    second.entries().stream().map(ReadableStatement::object).toList());
            assertTrue(second.hasNewer());
            assertFalse(second.hasOlder());
            assertEquals("error.timeline.noSuchPage", assertThrows(RuleViolation.class, () -> timeline.page(7, 3, Language.RO))
                    .messageKey());
            assertEquals("error.timeline.noSuchPage", assertThrows(RuleViolation.class, () -> timeline.page(7, 0, Language.RO))
                    .messageKey());

            TimelinePage empty = timeline.page(9, 1, Language.EN);
            assertEquals(1, empty.pages(), "an empty timeline is one empty page");
            assertTrue(empty.entries().isEmpty());
        } finally {
            database.drop(url);
        }
    }

    private static NewStatement stored(Statement statement, long personId) {
        return new NewStatement(statement, StatementWriter.of(StatementFormat.EXACT, null).text(statement),
                StatementIndex.of(statement), null, personId, List.of());
    }
}
