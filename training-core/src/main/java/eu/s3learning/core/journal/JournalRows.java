package eu.s3learning.core.journal;

import eu.s3learning.core.persistence.DatabaseProduct;
import eu.s3learning.core.persistence.NullableParameters;
import eu.s3learning.core.persistence.TransactionBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes learning events as rows, a hundred to an INSERT, on the connection of the change they record. Through JPA
 * each event was an INSERT of its own, its generated id read back, so a group of 143 sign-ups wrote 143 of them
 * (a seventh of the group's booking, most of it parsing the same INSERT again; on MariaDB each also a round trip).
 */
@ApplicationScoped
class JournalRows {

    private static final int ROWS_PER_INSERT = 100;
    private static final String INSERT = "INSERT INTO learning_event (occurred_at, type, person_id, actor_id, cohort_id,"
            + " enrolment_id, unit_id, session_id, detail) VALUES ";
    private static final String ROW = "(?,?,?,?,?,?,?,?,?)";

    @Inject
    @TransactionBound
    DataSource dataSource;

    private final DatabaseProduct database = new DatabaseProduct();

    /** Inserts the events and gives each its id, in order. */
    void insert(List<LearningEvent> events) {
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < events.size(); from += ROWS_PER_INSERT) {
                insertChunk(c, events.subList(from, Math.min(events.size(), from + ROWS_PER_INSERT)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The learning events could not be written", e);
        }
    }

    private void insertChunk(Connection c, List<LearningEvent> events) throws SQLException {
        String values = String.join(",", Collections.nCopies(events.size(), ROW));
        // MariaDB is asked with RETURNING; H2 (which has no RETURNING) reports every row's key. Both in row order.
        boolean returning = database.isMariaDb(c);
        try (PreparedStatement insert = returning
                ? c.prepareStatement(INSERT + values + " RETURNING id")
                : c.prepareStatement(INSERT + values, Statement.RETURN_GENERATED_KEYS)) {
            int p = 1;
            for (LearningEvent event : events) {
                // As InstantConverter stores instants: UTC wall-clock time.
                insert.setObject(p++, LocalDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
                insert.setString(p++, event.type().name());
                insert.setLong(p++, event.personId());
                NullableParameters.setLong(insert, p++, event.actorId());
                NullableParameters.setLong(insert, p++, event.cohortId());
                NullableParameters.setLong(insert, p++, event.enrolmentId());
                NullableParameters.setLong(insert, p++, event.unitId());
                NullableParameters.setLong(insert, p++, event.sessionId());
                insert.setString(p++, event.detail());
            }
            if (returning) {
                try (ResultSet ids = insert.executeQuery()) {
                    assign(ids, events);
                }
            } else {
                insert.executeUpdate();
                try (ResultSet ids = insert.getGeneratedKeys()) {
                    assign(ids, events);
                }
            }
        }
    }

    private static void assign(ResultSet ids, List<LearningEvent> events) throws SQLException {
        for (LearningEvent event : events) {
            if (!ids.next()) {
                throw new SQLException(events.size() + " learning events written, fewer ids returned");
            }
            event.identify(ids.getLong(1));
        }
    }
}
