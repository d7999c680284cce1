package eu.s3learning.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import eu.s3learning.core.persistence.SchemaMigration;
import eu.s3learning.core.persistence.TestDatabases;
import eu.s3learning.core.persistence.TestDatabases.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Learning events written as rows on H2 in MariaDB mode and, where configured, on MariaDB. */
class JournalRowsTest {

    static List<TestDatabase> databases() {
        return TestDatabases.available();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void eachEventGetsTheIdOfItsOwnRowPastTheHundredRowsOfOneInsert(TestDatabase database) throws Exception {
        String url = database.freshSchema();
        try {
            DataSource dataSource = database.dataSource(url);
            SchemaMigration.migrate(dataSource);
            JournalRows rows = new JournalRows();
            rows.dataSource = dataSource;
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            List<LearningEvent> events = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                LearningEventSubject subject = i % 2 == 0 ? LearningEventSubject.person(1000 + i)
                        : LearningEventSubject.enrolment(1000 + i, 7, 2000 + i).session(3000 + i, 4000 + i);
                events.add(new LearningEvent(now.plusSeconds(i), i % 2 == 0 ? LearningEventType.REGISTERED
                        : LearningEventType.WAITLISTED, subject, i % 3 == 0 ? null : 5L, "row " + i));
            }
            rows.insert(events.subList(0, 1));
            rows.insert(events.subList(1, 150));

            try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                    "SELECT occurred_at, type, person_id, actor_id, cohort_id, enrolment_id, unit_id, session_id, detail"
                            + " FROM learning_event WHERE id = ?")) {
                for (LearningEvent event : events) {
                    select.setLong(1, event.id());
                    try (ResultSet row = select.executeQuery()) {
                        row.next();
                        String name = event.detail();
                        assertEquals(event.occurredAt(), row.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC), name);
                        assertEquals(event.type().name(), row.getString(2), name);
                        assertEquals(event.personId(), row.getLong(3), name);
                        assertEquals(event.actorId(), row.getObject(4, Long.class), name);
                        assertEquals(event.cohortId(), row.getObject(5, Long.class), name);
                        assertEquals(event.enrolmentId(), row.getObject(6, Long.class), name);
                        assertEquals(event.unitId(), row.getObject(7, Long.class), name);
                        assertEquals(event.sessionId(), row.getObject(8, Long.class), name);
                        assertEquals(name, row.getString(9));
                    }
                }
                try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT id) FROM learning_event");
                     ResultSet counted = count.executeQuery()) {
                    counted.next();
                    assertEquals(150, counted.getInt(1));
                    assertEquals(150, counted.getInt(2));
                }
            }
            assertNull(events.get(0).cohortId(), "the person alone");
        } finally {
            database.drop(url);
        }
    }
}
