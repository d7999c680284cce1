package eu.s3learning.core.tracking.forwarding;

import eu.s3learning.core.persistence.TransactionBound;
import eu.s3learning.core.settings.PlatformSettings;
import eu.s3learning.core.tracking.lrs.statement.StatementStoreFailure;
import eu.s3learning.core.tracking.lrs.statement.StatementsStored;
import eu.s3learning.xapi.Statement;
import eu.s3learning.xapi.StatementReader;
import eu.s3learning.xapi.StatementRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The forwarding outbox, in plain JDBC beside the statement store: a row per statement and endpoint that should
 * receive it, written in the transaction that stores the statement, claimed by senders under a lease, deleted once
 * delivered. Rows that an endpoint keeps refusing become dead letters ({@link DeadLetters}).
 */
@ApplicationScoped
public class ForwardingOutbox {

    private static final int ROWS_PER_INSERT = 100;
    /** Tries of a claim that the database chose as a deadlock's victim. */
    private static final int CLAIM_TRIES = 3;

    @Inject
    @TransactionBound
    DataSource dataSource;

    @Inject
    PlatformSettings settings;

    @Inject
    EndpointStatus status;

    private URI publicUrl;

    protected ForwardingOutbox() {
    }

    public ForwardingOutbox(DataSource dataSource, URI publicUrl, EndpointStatus status) {
        this.dataSource = dataSource;
        this.publicUrl = publicUrl;
        this.status = status;
    }

    private record Recipient(long endpointId, String programmeIri) {
    }

    private record Recipients(long generation, List<Recipient> list) {
    }

    /**
     * The endpoints, read once per change of them ({@link ExternalLrsChanged}) instead of with every statement: that
     * read was a sixth of a single statement's round trips. The generation is taken before the read, so a change
     * committed meanwhile makes the next statement read them again.
     */
    private final AtomicLong endpointChanges = new AtomicLong();
    private volatile Recipients knownRecipients;

    /**
     * Queues freshly stored statements for every endpoint that receives them, in the storing transaction: a
     * statement is stored with its outbox rows or not at all.
     */
    void queue(@Observes StatementsStored event) {
        queue(event.statements(), event.stored());
    }

    public void queue(List<Statement> stored, Instant at) {
        try (Connection c = dataSource.getConnection()) {
            List<Recipient> recipients = recipients(c);
            if (recipients.isEmpty()) {
                return;
            }
            Map<UUID, Statement> voided = voidedBy(c, stored, recipients);
            List<Object[]> rows = new ArrayList<>();
            long queuedUs = micros(at);
            for (Statement statement : stored) {
                Statement judged = statement.object() instanceof StatementRef ref && statement.isVoiding()
                        ? voided.get(ref.id()) : statement;
                for (Recipient recipient : recipients) {
                    if (recipient.programmeIri() == null
                            || judged != null && ProgrammeActivity.named(judged, recipient.programmeIri())) {
                        rows.add(new Object[] {recipient.endpointId(), statement.id().toString(), queuedUs});
                    }
                }
            }
            insert(c, rows);
        } catch (SQLException e) {
            throw new StatementStoreFailure(e);
        }
    }

    /** Reads the endpoints again before the next statement is queued. */
    public void endpointsChanged() {
        endpointChanges.incrementAndGet();
    }

    void endpointsChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) ExternalLrsChanged change) {
        endpointsChanged();
    }

    private List<Recipient> recipients(Connection c) throws SQLException {
        long generation = endpointChanges.get();
        Recipients known = knownRecipients;
        if (known != null && known.generation() == generation) {
            return known.list();
        }
        List<Recipient> read = readRecipients(c);
        knownRecipients = new Recipients(generation, read);
        return read;
    }

    private List<Recipient> readRecipients(Connection c) throws SQLException {
        List<Recipient> recipients = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT id, programme_id FROM external_lrs");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long programme = rows.getLong(2);
                String programmeIri = rows.wasNull() ? null : ProgrammeActivity.iri(publicUrl(), programme);
                recipients.add(new Recipient(rows.getLong(1), programmeIri));
            }
        }
        return recipients;
    }

    /**
     * The statements these void, where an endpoint receives one programme's statements: a voiding statement goes
     * wherever the statement it voids went. One it voids that is not stored (yet) sends it nowhere such.
     */
    private static Map<UUID, Statement> voidedBy(Connection c, List<Statement> stored, List<Recipient> recipients)
            throws SQLException {
        Map<UUID, Statement> found = new HashMap<>();
        if (recipients.stream().allMatch(r -> r.programmeIri() == null)) {
            return found;
        }
        List<String> ids = stored.stream().filter(Statement::isVoiding)
                .map(s -> ((StatementRef) s.object()).id().toString()).distinct().toList();
        if (ids.isEmpty()) {
            return found;
        }
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id, body FROM xapi_statement WHERE id IN (" + placeholders(ids.size()) + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                select.setString(i + 1, ids.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.put(UUID.fromString(rows.getString(1)), StatementReader.read(rows.getString(2)));
                }
            }
        }
        return found;
    }

    private static void insert(Connection c, List<Object[]> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO lrs_forward"
                    + " (endpoint_id, statement_id, queued_us, due_us, attempts, send_alone) VALUES "
                    + String.join(",", Collections.nCopies(chunk.size(), "(?,?,?,?,0,FALSE)")))) {
                int p = 1;
                for (Object[] row : chunk) {
                    insert.setLong(p++, (Long) row[0]);
                    insert.setString(p++, (String) row[1]);
                    insert.setLong(p++, (Long) row[2]);
                    insert.setLong(p++, (Long) row[2]);
                }
                insert.executeUpdate();
            }
        }
    }

    /**
     * Claims up to {@code limit} of the endpoint's due rows, oldest first, for the lease. Rows other senders are
     * claiming at this moment are skipped rather than waited for (SKIP LOCKED, on MariaDB and H2 alike); the lease
     * written here keeps them from everyone else once this transaction commits. A row that was in a refused batch
     * is claimed on its own.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claim(long endpointId, int limit, Instant now, Duration lease) {
        for (int tried = 1; ; tried++) {
            try {
                return tryClaim(endpointId, limit, now, lease);
            } catch (SQLException e) {
                // A claim writes the lease index after the row, a sender finishing its batch goes through that index
                // to the rows: InnoDB can find the two waiting on each other (seen with eight senders,
                // ForwardingOutboxTest) and rolls one back. The claim has done nothing else, so it starts again.
                if (!"40001".equals(e.getSQLState()) || tried == CLAIM_TRIES) {
                    throw new StatementStoreFailure(e);
                }
            }
        }
    }

    private Claim tryClaim(long endpointId, int limit, Instant now, Duration lease) throws SQLException {
        long nowUs = micros(now);
        try (Connection c = dataSource.getConnection()) {
            List<long[]> candidates = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT id, send_alone FROM lrs_forward"
                    + " WHERE endpoint_id = ? AND dead_us IS NULL AND due_us <= ?"
                    + " AND (lease_until_us IS NULL OR lease_until_us < ?)"
                    + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")) {
                select.setLong(1, endpointId);
                select.setLong(2, nowUs);
                select.setLong(3, nowUs);
                select.setInt(4, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        candidates.add(new long[] {rows.getLong(1), rows.getBoolean(2) ? 1 : 0});
                    }
                }
            }
            String token = UUID.randomUUID().toString();
            if (candidates.isEmpty()) {
                return new Claim(token, endpointId, List.of());
            }
            List<Long> chosen = candidates.get(0)[1] == 1 ? List.of(candidates.get(0)[0])
                    : candidates.stream().filter(row -> row[1] == 0).map(row -> row[0]).toList();
            // The lease condition again: it is what keeps a row single-claimed where no row lock is held.
            try (PreparedStatement update = c.prepareStatement("UPDATE lrs_forward SET lease_token = ?,"
                    + " lease_until_us = ? WHERE id IN (" + placeholders(chosen.size()) + ") AND dead_us IS NULL"
                    + " AND (lease_until_us IS NULL OR lease_until_us < ?)")) {
                int p = 1;
                update.setString(p++, token);
                update.setLong(p++, micros(now.plus(lease)));
                for (Long id : chosen) {
                    update.setLong(p++, id);
                }
                update.setLong(p, nowUs);
                update.executeUpdate();
            }
            return new Claim(token, endpointId, held(c, token));
        }
    }

    private static List<Claim.Row> held(Connection c, String token) throws SQLException {
        List<Claim.Row> rows = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id, statement_id, attempts FROM lrs_forward WHERE lease_token = ? ORDER BY id")) {
            select.setString(1, token);
            try (ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    rows.add(new Claim.Row(found.getLong(1), UUID.fromString(found.getString(2)), found.getInt(3)));
                }
            }
        }
        return rows;
    }

    /**
     * The endpoint has the claimed statements: their rows go, and the endpoint's count grows by as many in the same
     * transaction, so that its report never shows a delivered statement as neither waiting nor delivered. The
     * endpoint answered, so it is due again at once ({@link EndpointStatus#answered}). Returns how many rows this
     * sender still held.
     */
    @Transactional
    public int delivered(Claim claim, Instant now) {
        int delivered = update(claim, "DELETE FROM lrs_forward WHERE lease_token = ?");
        status.answered(claim.endpointId(), delivered, null, now);
        return delivered;
    }

    /** Gives the rows back untouched, for any sender once the endpoint is due again. */
    @Transactional
    public void release(Claim claim) {
        update(claim, "UPDATE lrs_forward SET lease_token = NULL, lease_until_us = NULL WHERE lease_token = ?");
    }

    /** The batch was refused: each of its rows goes on its own next time, so that one cannot hold back the rest. */
    @Transactional
    public void sendAlone(Claim claim) {
        update(claim, "UPDATE lrs_forward SET send_alone = TRUE, lease_token = NULL, lease_until_us = NULL"
                + " WHERE lease_token = ?");
    }

    /** Counts a refusal against the claimed rows: they wait until {@code due}. */
    @Transactional
    public void charge(Claim claim, int attempts, Instant due, String error) {
        outcome(claim, "due_us", micros(due), attempts, error);
    }

    /** The claimed rows become dead letters, kept until an administrator retries or discards them. */
    @Transactional
    public void bury(Claim claim, int attempts, Instant at, String error) {
        outcome(claim, "dead_us", micros(at), attempts, error);
    }

    private void outcome(Claim claim, String column, long value, int attempts, String error) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
                "UPDATE lrs_forward SET " + column + " = ?, attempts = ?, last_error = ?, lease_token = NULL,"
                        + " lease_until_us = NULL WHERE lease_token = ?")) {
            update.setLong(1, value);
            update.setInt(2, attempts);
            setText(update, 3, error);
            update.setString(4, claim.token());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new StatementStoreFailure(e);
        }
    }

    private int update(Claim claim, String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            update.setString(1, claim.token());
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new StatementStoreFailure(e);
        }
    }

    private URI publicUrl() {
        return publicUrl != null ? publicUrl : settings.publicUrl();
    }

    static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    /** An error as kept: at most the column's 500 characters. */
    static void setText(PreparedStatement statement, int index, String text) throws SQLException {
        if (text == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, text.length() > 500 ? text.substring(0, 499) + "…" : text);
        }
    }

    static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }
}
