package eu.s3learning.core.tracking.forwarding;

import static eu.s3learning.core.tracking.forwarding.ForwardingOutbox.instant;
import static eu.s3learning.core.tracking.forwarding.ForwardingOutbox.micros;

import eu.s3learning.core.audit.AuditLog;
import eu.s3learning.core.audit.SecurityEventType;
import eu.s3learning.core.persistence.TransactionBound;
import eu.s3learning.core.tracking.lrs.statement.StatementStoreFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Statements that endpoints refused until the platform gave up on them. An administrator sends them again (once
 * the endpoint is mended) or discards them (the endpoint will never have them); discarding is audited.
 */
@ApplicationScoped
@Transactional
public class DeadLetters {

    /** The most dead letters one page lists; the count says how many there are. */
    public static final int PAGE = 200;

    @Inject
    @TransactionBound
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    /** The newest dead letters, up to {@link #PAGE}. */
    public List<DeadLetter> newest() {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT f.id, f.endpoint_id, e.name, f.statement_id, f.queued_us, f.dead_us, f.attempts, f.last_error"
                        + " FROM lrs_forward f JOIN external_lrs e ON e.id = f.endpoint_id"
                        + " WHERE f.dead_us IS NOT NULL ORDER BY f.dead_us DESC, f.id DESC LIMIT ?")) {
            select.setInt(1, PAGE);
            List<DeadLetter> letters = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    letters.add(new DeadLetter(rows.getLong(1), rows.getLong(2), rows.getString(3),
                            UUID.fromString(rows.getString(4)), instant(rows.getLong(5)), instant(rows.getLong(6)),
                            rows.getInt(7), rows.getString(8)));
                }
            }
            return letters;
        } catch (SQLException e) {
            throw new StatementStoreFailure(e);
        }
    }

    public long count() {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT COUNT(*) FROM lrs_forward WHERE dead_us IS NOT NULL");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new StatementStoreFailure(e);
        }
    }

    /**
     * Sends the dead letter again, from a clean slate of attempts, on its own (a statement that was refused should
     * not take a batch down with it).
     *
     * @return how many were sent again: 0 when it is no longer a dead letter
     */
    public int retry(long id) {
        return retry(" AND id = ?", id);
    }

    public int retryAll() {
        return retry("", null);
    }

    private int retry(String which, Long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
                "UPDATE lrs_forward SET dead_us = NULL, attempts = 0, send_alone = TRUE, due_us = ?,"
                        + " last_error = NULL WHERE dead_us IS NOT NULL" + which)) {
            update.setLong(1, micros(clock.instant()));
            if (id != null) {
                update.setLong(2, id);
            }
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new StatementStoreFailure(e);
        }
    }

    /** @return how many were discarded: 0 when it is no longer a dead letter */
    public int discard(long id, long adminId, String clientAddress) {
        return discard(" AND id = ?", id, adminId, clientAddress);
    }

    public int discardAll(long adminId, String clientAddress) {
        return discard("", null, adminId, clientAddress);
    }

    private int discard(String which, Long id, long adminId, String clientAddress) {
        int discarded;
        try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement(
                "DELETE FROM lrs_forward WHERE dead_us IS NOT NULL" + which)) {
            if (id != null) {
                delete.setLong(1, id);
            }
            discarded = delete.executeUpdate();
        } catch (SQLException e) {
            throw new StatementStoreFailure(e);
        }
        if (discarded > 0) {
            audit.record(SecurityEventType.DEAD_LETTERS_DISCARDED, null, adminId, null, clientAddress,
                    discarded + " undelivered statement(s) discarded");
        }
        return discarded;
    }
}
