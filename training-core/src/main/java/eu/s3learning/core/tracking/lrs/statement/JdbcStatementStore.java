package eu.s3learning.core.tracking.lrs.statement;

import eu.s3learning.core.persistence.DatabaseProduct;
import eu.s3learning.core.persistence.NullableParameters;
import eu.s3learning.core.persistence.TransactionBound;
import eu.s3learning.xapi.AttachmentContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The statement store on the platform's database, in plain JDBC: a batch of statements is a handful of
 * multi-row inserts, which an ORM's row-at-a-time writes would multiply. Inside a container transaction the
 * connections it takes join that transaction, so statements commit with the change they record.
 */
@ApplicationScoped
public class JdbcStatementStore implements StatementStore {

    private static final Logger LOG = Logger.getLogger(JdbcStatementStore.class.getName());

    /** Rows per INSERT: well under the drivers' placeholder limits, large enough to keep round trips few. */
    private static final int ROWS_PER_INSERT = 100;
    private static final String COLUMNS = "seq, id, stored_us, voided, has_attachments, client_id, body";
    private static final String INSERT_STATEMENTS = "INSERT INTO xapi_statement (id, stored_us, verb_hash,"
            + " registration, voids, refers_to, voided, client_id, person_id, has_attachments, body) VALUES ";
    private static final String STATEMENT_ROW = "(?,?,?,?,?,?,?,?,?,?,?)";
    private static final String INSERT_AGENTS =
            "INSERT INTO xapi_statement_agent (statement_seq, agent_hash, verb_hash, related) VALUES ";
    private static final String AGENT_ROW = "(?,?,?,?)";
    private static final String INSERT_ACTIVITIES =
            "INSERT INTO xapi_statement_activity (statement_seq, activity_hash, verb_hash, related, defined) VALUES ";
    private static final String ACTIVITY_ROW = "(?,?,?,?,?)";
    /** The seq of the statement row just inserted on this connection, in MariaDB. */
    private static final String LAST_SEQ = "LAST_INSERT_ID()";
    private static final int MARIADB_PARSE_ERROR = 1064;

    @Inject
    @TransactionBound
    DataSource dataSource;

    /**
     * MariaDB's INSERT … RETURNING gives the new rows' seq with the insert; H2 is asked afterwards, one more round
     * trip. Where MariaDB's connections take several statements in one query ({@code allowMultiQueries}, as the
     * platform's data source sets it), a single statement is stored in one round trip.
     */
    private final DatabaseProduct database = new DatabaseProduct();

    /** Until a MariaDB connection refuses several statements in one query (its URL may say so). */
    private volatile boolean multiStatements = true;

    /**
     * Whether a voiding statement may be waiting for its target: one was stored whose target was not. Until then a
     * new statement cannot have been voided already, and the look for it, a sixth of a single statement's round
     * trips, is left out. Read from the database once, set by this store when it happens, never cleared while it
     * runs: this store must be the only writer of its database (one platform process, as deployed).
     */
    private final AtomicBoolean orphanVoids = new AtomicBoolean();
    private volatile boolean orphanVoidsRead;

    protected JdbcStatementStore() {
    }

    public JdbcStatementStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Map<UUID, StoredStatement> byIds(Collection<UUID> ids) {
        Map<UUID, StoredStatement> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<UUID> all = List.copyOf(ids);
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < all.size(); from += ROWS_PER_INSERT) {
                List<UUID> chunk = all.subList(from, Math.min(all.size(), from + ROWS_PER_INSERT));
                try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS
                        + " FROM xapi_statement WHERE id IN (" + placeholders(chunk.size()) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        select.setString(i + 1, chunk.get(i).toString());
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            StoredStatement statement = stored(rows);
                            found.put(statement.id(), statement);
                        }
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StatementStoreFailure(e);
        }
    }

    @Override
    public void insert(List<NewStatement> statements) {
        if (statements.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            boolean returning = database.isMariaDb(c);
            if (returning && multiStatements && statements.size() == 1 && statements.get(0).attachments().isEmpty()
                    && insertedInOneQuery(c, statements.get(0))) {
                markVoided(c, statements);
                return;
            }
            Map<UUID, Long> seqs = new HashMap<>();
            List<NewStatement> written = new ArrayList<>();
            for (int from = 0; from < statements.size(); from += ROWS_PER_INSERT) {
                List<NewStatement> chunk = statements.subList(from, Math.min(statements.size(), from + ROWS_PER_INSERT));
                try {
                    insertRows(c, chunk, returning ? seqs : null);
                } catch (SQLException e) {
                    if (duplicate(e)) {
                        // One INSERT fails as a whole; the chunks before it are taken back, so that the caller's
                        // transaction holds nothing of this call and may look again and store what is new.
                        forget(c, written);
                        throw new DuplicateStatementId(e);
                    }
                    throw e;
                }
                written.addAll(chunk);
            }
            if (!returning) {
                seqs = seqs(c, statements);
            }
            insertIndexes(c, statements, seqs);
            insertAttachments(c, statements, seqs);
            markVoided(c, statements);
        } catch (SQLException e) {
            throw new StatementStoreFailure(e);
        }
    }

    private static boolean duplicate(SQLException e) {
        return e instanceof SQLIntegrityConstraintViolationException || "23505".equals(e.getSQLState())
                || "23000".equals(e.getSQLState());
    }

    private static void forget(Connection c, List<NewStatement> written) throws SQLException {
        for (int from = 0; from < written.size(); from += ROWS_PER_INSERT) {
            List<NewStatement> chunk = written.subList(from, Math.min(written.size(), from + ROWS_PER_INSERT));
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM xapi_statement WHERE id IN (" + placeholders(chunk.size()) + ")")) {
                setIds(delete, chunk);
                delete.executeUpdate();
            }
        }
    }

    /**
     * Stores a single statement with {@link #insertOne}; false, with nothing stored, if the connection takes only
     * one statement per query (its URL may say {@code allowMultiQueries=false}), which is then not asked again.
     */
    private boolean insertedInOneQuery(Connection c, NewStatement statement) throws SQLException {
        try {
            insertOne(c, statement);
            return true;
        } catch (SQLSyntaxErrorException e) {
            if (e.getErrorCode() != MARIADB_PARSE_ERROR) {
                throw e;
            }
            multiStatements = false;
            LOG.warning("The MariaDB connections take one statement per query (allowMultiQueries=false in S3_DB_URL?):"
                    + " each single xAPI statement now costs three round trips instead of one");
            return false;
        } catch (SQLException e) {
            // MariaDB runs none of a query's statements after a failed one: no index row is left.
            if (duplicate(e)) {
                throw new DuplicateStatementId(e);
            }
            throw e;
        }
    }

    /**
     * One statement, as most LRS clients send them, on MariaDB: its row and its index rows in one round trip
     * instead of three, the index rows taking the row's seq from {@code LAST_INSERT_ID()} (the index tables have no
     * generated column of their own to change it). With the commit, two round trips instead of four: a tenth less
     * of the database's processor time per single POST (bench/lrs-ingest, bench/FINDINGS.md).
     */
    private static void insertOne(Connection c, NewStatement statement) throws SQLException {
        IndexRows index = IndexRows.of(List.of(statement), Map.of(statement.statement().id(), 0L));
        StringBuilder sql = new StringBuilder(INSERT_STATEMENTS).append(STATEMENT_ROW);
        int statements = 1;
        if (!index.agents().isEmpty()) {
            sql.append(';').append(INSERT_AGENTS).append(rows(index.agents().size(), AGENT_ROW, LAST_SEQ));
            statements++;
        }
        if (!index.activities().isEmpty()) {
            sql.append(';').append(INSERT_ACTIVITIES).append(rows(index.activities().size(), ACTIVITY_ROW, LAST_SEQ));
            statements++;
        }
        try (PreparedStatement insert = c.prepareStatement(sql.toString())) {
            int p = bindStatementRows(insert, 1, List.of(statement));
            p = bindIndexRows(insert, p, index.agents(), AGENT_ROW, false);
            bindIndexRows(insert, p, index.activities(), ACTIVITY_ROW, false);
            insert.execute();
            // Every statement's outcome is read: a failed index insert fails the store as a whole.
            int outcomes = 1;
            while (insert.getMoreResults() || insert.getUpdateCount() != -1) {
                outcomes++;
            }
            if (outcomes != statements) {
                throw new SQLException(statements + " inserts sent, " + outcomes + " answered");
            }
        }
    }

    /** Inserts the rows; with {@code seqs}, also reads back the seq of each (INSERT … RETURNING) into it. */
    private static void insertRows(Connection c, List<NewStatement> rows, Map<UUID, Long> seqs) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT_STATEMENTS
                + String.join(",", java.util.Collections.nCopies(rows.size(), STATEMENT_ROW))
                + (seqs == null ? "" : " RETURNING id, seq"))) {
            bindStatementRows(insert, 1, rows);
            if (seqs == null) {
                insert.executeUpdate();
                return;
            }
            try (ResultSet inserted = insert.executeQuery()) {
                while (inserted.next()) {
                    seqs.put(UUID.fromString(inserted.getString(1)), inserted.getLong(2));
                }
            }
        }
    }

    private static int bindStatementRows(PreparedStatement insert, int first, List<NewStatement> rows)
            throws SQLException {
        int p = first;
        for (NewStatement row : rows) {
            insert.setString(p++, row.statement().id().toString());
            insert.setLong(p++, micros(row.statement().stored()));
            insert.setLong(p++, row.index().verb());
            setUuid(insert, p++, row.index().registration());
            setUuid(insert, p++, row.index().voids());
            setUuid(insert, p++, row.index().refersTo());
            insert.setBoolean(p++, false);
            NullableParameters.setLong(insert, p++, row.clientId());
            NullableParameters.setLong(insert, p++, row.personId());
            insert.setBoolean(p++, !row.attachments().isEmpty());
            insert.setString(p++, row.body());
        }
        return p;
    }

    /** Binds the statements' ids to the placeholders of an {@code id IN (…)}. */
    private static void setIds(PreparedStatement statement, List<NewStatement> statements) throws SQLException {
        for (int i = 0; i < statements.size(); i++) {
            statement.setString(i + 1, statements.get(i).statement().id().toString());
        }
    }

    private Map<UUID, Long> seqs(Connection c, List<NewStatement> statements) throws SQLException {
        Map<UUID, Long> seqs = new HashMap<>();
        for (int from = 0; from < statements.size(); from += ROWS_PER_INSERT) {
            List<NewStatement> chunk = statements.subList(from, Math.min(statements.size(), from + ROWS_PER_INSERT));
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT id, seq FROM xapi_statement WHERE id IN (" + placeholders(chunk.size()) + ")")) {
                setIds(select, chunk);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        seqs.put(UUID.fromString(rows.getString(1)), rows.getLong(2));
                    }
                }
            }
        }
        return seqs;
    }

    /** The agent and activity index rows of statements: seq, hash, verb, then booleans as 0 and 1. */
    private record IndexRows(List<long[]> agents, List<long[]> activities) {

        static IndexRows of(List<NewStatement> statements, Map<UUID, Long> seqs) {
            List<long[]> agents = new ArrayList<>();
            List<long[]> activities = new ArrayList<>();
            for (NewStatement statement : statements) {
                long seq = seqs.get(statement.statement().id());
                long verb = statement.index().verb();
                statement.index().agents().forEach((key, related) -> agents.add(
                        new long[] {seq, key, verb, related ? 1 : 0}));
                statement.index().activities().forEach((key, entry) -> activities.add(
                        new long[] {seq, key, verb, entry.related() ? 1 : 0, entry.defined() ? 1 : 0}));
            }
            return new IndexRows(agents, activities);
        }
    }

    private static void insertIndexes(Connection c, List<NewStatement> statements, Map<UUID, Long> seqs)
            throws SQLException {
        IndexRows index = IndexRows.of(statements, seqs);
        insertIndexRows(c, INSERT_AGENTS, index.agents(), AGENT_ROW);
        insertIndexRows(c, INSERT_ACTIVITIES, index.activities(), ACTIVITY_ROW);
    }

    private static void insertIndexRows(Connection c, String insert, List<long[]> rows, String row) throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT * 4) {
            List<long[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT * 4));
            try (PreparedStatement statement = c.prepareStatement(insert + rows(chunk.size(), row, "?"))) {
                bindIndexRows(statement, 1, chunk, row, true);
                statement.executeUpdate();
            }
        }
    }

    /** {@code count} copies of a row of placeholders, the first column given as {@code seq}. */
    private static String rows(int count, String row, String seq) {
        return String.join(",", java.util.Collections.nCopies(count, "(" + seq + row.substring(2)));
    }

    /** Binds index rows from the placeholder {@code first} on, with or without their seq; returns the next. */
    private static int bindIndexRows(PreparedStatement statement, int first, List<long[]> rows, String row,
            boolean withSeq) throws SQLException {
        int width = (row.length() - 1) / 2;
        int p = first;
        for (long[] values : rows) {
            if (withSeq) {
                statement.setLong(p++, values[0]);
            }
            statement.setLong(p++, values[1]);
            statement.setLong(p++, values[2]);
            for (int i = 3; i < width; i++) {
                statement.setBoolean(p++, values[i] == 1);
            }
        }
        return p;
    }

    private static void insertAttachments(Connection c, List<NewStatement> statements, Map<UUID, Long> seqs)
            throws SQLException {
        for (NewStatement statement : statements) {
            for (AttachmentContent attachment : statement.attachments()) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO xapi_attachment"
                        + " (statement_seq, sha2, content_type, content) VALUES (?,?,?,?)")) {
                    insert.setLong(1, seqs.get(statement.statement().id()));
                    insert.setString(2, attachment.sha2());
                    insert.setString(3, attachment.contentType());
                    insert.setBytes(4, attachment.content());
                    insert.executeUpdate();
                }
            }
        }
    }

    /**
     * Marks voided the statements these void, unless they are voiding statements themselves, and those of these
     * that a voiding statement stored earlier had already named.
     */
    private void markVoided(Connection c, List<NewStatement> statements) throws SQLException {
        List<String> targets = statements.stream().map(s -> s.index().voids()).filter(java.util.Objects::nonNull)
                .map(UUID::toString).sorted().distinct().toList();
        if (!targets.isEmpty()) {
            try (PreparedStatement update = c.prepareStatement("UPDATE xapi_statement SET voided = TRUE WHERE id IN ("
                    + placeholders(targets.size()) + ") AND voids IS NULL")) {
                for (int i = 0; i < targets.size(); i++) {
                    update.setString(i + 1, targets.get(i));
                }
                // Fewer rows than targets: one is not stored (or cannot be voided); taken as not stored, to be safe.
                if (update.executeUpdate() < targets.size()) {
                    orphanVoids.set(true);
                }
            }
        }
        List<String> nonVoiding = statements.stream().filter(s -> s.index().voids() == null)
                .map(s -> s.statement().id().toString()).toList();
        if (nonVoiding.isEmpty() || !orphanVoids(c)) {
            return;
        }
        List<String> alreadyVoided = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT DISTINCT voids FROM xapi_statement WHERE voids IN (" + placeholders(nonVoiding.size()) + ")")) {
            for (int i = 0; i < nonVoiding.size(); i++) {
                select.setString(i + 1, nonVoiding.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    alreadyVoided.add(rows.getString(1));
                }
            }
        }
        if (!alreadyVoided.isEmpty()) {
            try (PreparedStatement update = c.prepareStatement("UPDATE xapi_statement SET voided = TRUE WHERE id IN ("
                    + placeholders(alreadyVoided.size()) + ")")) {
                for (int i = 0; i < alreadyVoided.size(); i++) {
                    update.setString(i + 1, alreadyVoided.get(i));
                }
                update.executeUpdate();
            }
        }
    }

    /** Whether a voiding statement whose target is not stored exists (or may: one whose transaction is open). */
    private boolean orphanVoids(Connection c) throws SQLException {
        if (!orphanVoidsRead) {
            try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM xapi_statement v WHERE v.voids IS NOT NULL"
                    + " AND NOT EXISTS (SELECT 1 FROM xapi_statement t WHERE t.id = v.voids) LIMIT 1");
                 ResultSet found = select.executeQuery()) {
                if (found.next()) {
                    orphanVoids.set(true);
                }
            }
            orphanVoidsRead = true;
        }
        return orphanVoids.get();
    }

    /**
     * The statements that match the filter themselves, merged with those whose object is a StatementRef to a
     * statement that matches it (voided or not), as the specification asks of every filter but time and limit.
     */
    @Override
    public List<StoredStatement> query(StatementFilter filter, int limit) {
        try (Connection c = dataSource.getConnection()) {
            List<StoredStatement> direct = select(c, filter, "s", limit);
            if (!filter.matchesTargets()) {
                return direct;
            }
            List<StoredStatement> referring = select(c, filter, "t", limit);
            if (referring.isEmpty()) {
                return direct;
            }
            java.util.Comparator<Long> order = filter.ascending() ? java.util.Comparator.naturalOrder()
                    : java.util.Comparator.reverseOrder();
            java.util.TreeMap<Long, StoredStatement> merged = new java.util.TreeMap<>(order);
            direct.forEach(statement -> merged.put(statement.seq(), statement));
            referring.forEach(statement -> merged.put(statement.seq(), statement));
            return merged.values().stream().limit(limit).toList();
        } catch (SQLException e) {
            throw new StatementStoreFailure(e);
        }
    }

    /** The page's statements whose own properties (matched = "s") or whose target's (matched = "t") match. */
    private static List<StoredStatement> select(Connection c, StatementFilter filter, String matched, int limit)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS.replaceAll("(\\w+)", "s.$1") + " FROM xapi_statement s");
        if (matched.equals("t")) {
            sql.append(" JOIN xapi_statement t ON t.id = s.refers_to");
        }
        sql.append(" WHERE s.voided = FALSE AND s.seq <= ?");
        List<Object> parameters = new ArrayList<>();
        parameters.add(filter.upToSeq());
        if (matched.equals("t")) {
            sql.append(" AND s.refers_to IS NOT NULL");
        }
        if (filter.afterSeq() > 0) {
            sql.append(filter.ascending() ? " AND s.seq > ?" : " AND s.seq < ?");
            parameters.add(filter.afterSeq());
        }
        if (filter.sinceMicros() != null) {
            sql.append(" AND s.stored_us > ?");
            parameters.add(filter.sinceMicros());
        }
        if (filter.untilMicros() != null) {
            sql.append(" AND s.stored_us <= ?");
            parameters.add(filter.untilMicros());
        }
        if (filter.clientId() != null) {
            sql.append(" AND s.client_id = ?");
            parameters.add(filter.clientId());
        }
        String m = matched;
        if (filter.verb() != null) {
            sql.append(" AND ").append(m).append(".verb_hash = ?");
            parameters.add(filter.verb());
        }
        if (filter.registration() != null) {
            sql.append(" AND ").append(m).append(".registration = ?");
            parameters.add(filter.registration().toString());
        }
        // With a verb, the index rows are looked up by it too (they carry their statement's verb): only the
        // statements with that verb are read.
        String verbToo = filter.verb() == null ? "" : " AND a.verb_hash = ?";
        if (filter.agent() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM xapi_statement_agent a WHERE a.statement_seq = ").append(m)
                    .append(".seq AND a.agent_hash = ?").append(filter.relatedAgents() ? "" : " AND a.related = FALSE")
                    .append(verbToo).append(")");
            parameters.add(filter.agent());
            if (filter.verb() != null) {
                parameters.add(filter.verb());
            }
        }
        if (filter.activity() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM xapi_statement_activity a WHERE a.statement_seq = ").append(m)
                    .append(".seq AND a.activity_hash = ?")
                    .append(filter.relatedActivities() ? "" : " AND a.related = FALSE").append(verbToo).append(")");
            parameters.add(filter.activity());
            if (filter.verb() != null) {
                parameters.add(filter.verb());
            }
        }
        sql.append(filter.ascending() ? " ORDER BY s.seq ASC" : " ORDER BY s.seq DESC").append(" LIMIT ?");
        parameters.add(limit);
        try (PreparedStatement select = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            List<StoredStatement> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(stored(rows));
                }
            }
            return found;
        }
    }

    @Override
    public Map<Long, List<AttachmentContent>> attachments(Collection<Long> seqs) {
        Map<Long, List<AttachmentContent>> found = new LinkedHashMap<>();
        if (seqs.isEmpty()) {
            return found;
        }
        List<Long> all = List.copyOf(seqs);
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT statement_seq, sha2, content_type, content FROM xapi_attachment WHERE statement_seq IN ("
                        + placeholders(all.size()) + ")")) {
            for (int i = 0; i < all.size(); i++) {
                select.setLong(i + 1, all.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.computeIfAbsent(rows.getLong(1), seq -> new ArrayList<>())
                            .add(new AttachmentContent(rows.getString(2), rows.getString(3), rows.getBytes(4)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StatementStoreFailure(e);
        }
    }

    @Override
    public long latestSeq() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT MAX(seq) FROM xapi_statement");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new StatementStoreFailure(e);
        }
    }

    @Override
    public List<StoredStatement> defining(long activityKey, Long onlyOfClient, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement("SELECT "
                + COLUMNS.replaceAll("(\\w+)", "s.$1") + " FROM xapi_statement s JOIN xapi_statement_activity a"
                + " ON a.statement_seq = s.seq WHERE a.activity_hash = ? AND a.defined = TRUE"
                + (onlyOfClient == null ? "" : " AND s.client_id = ?") + " ORDER BY s.seq DESC LIMIT ?")) {
            int parameter = 1;
            select.setLong(parameter++, activityKey);
            if (onlyOfClient != null) {
                select.setLong(parameter++, onlyOfClient);
            }
            select.setInt(parameter, limit);
            List<StoredStatement> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(stored(rows));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StatementStoreFailure(e);
        }
    }

    @Override
    public List<StoredStatement> ofPerson(long personId, int offset, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS
                + " FROM xapi_statement WHERE person_id = ? AND voided = FALSE ORDER BY seq DESC LIMIT ? OFFSET ?")) {
            select.setLong(1, personId);
            select.setInt(2, limit);
            select.setInt(3, offset);
            return all(select);
        } catch (SQLException e) {
            throw new StatementStoreFailure(e);
        }
    }

    @Override
    public long countOfPerson(long personId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT COUNT(*) FROM xapi_statement WHERE person_id = ? AND voided = FALSE")) {
            select.setLong(1, personId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new StatementStoreFailure(e);
        }
    }

    @Override
    public List<StoredStatement> about(long personId, Collection<Long> agentKeys, int offset, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS
                + " FROM xapi_statement WHERE " + aboutAPerson(agentKeys.size()) + " ORDER BY seq DESC LIMIT ? OFFSET ?")) {
            int p = bindAbout(select, personId, agentKeys);
            select.setInt(p++, limit);
            select.setInt(p, offset);
            return all(select);
        } catch (SQLException e) {
            throw new StatementStoreFailure(e);
        }
    }

    @Override
    public long countAbout(long personId, Collection<Long> agentKeys) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT COUNT(*) FROM xapi_statement WHERE " + aboutAPerson(agentKeys.size()))) {
            bindAbout(select, personId, agentKeys);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new StatementStoreFailure(e);
        }
    }

    /** The condition of {@link #about}, for so many agent keys (at least one: the person's platform account). */
    private static String aboutAPerson(int agentKeys) {
        return "voided = FALSE AND (person_id = ? OR seq IN (SELECT statement_seq FROM xapi_statement_agent"
                + " WHERE agent_hash IN (" + placeholders(agentKeys) + ") AND related = FALSE))";
    }

    /** Binds {@link #aboutAPerson}'s parameters; returns the index of the next one. */
    private static int bindAbout(PreparedStatement select, long personId, Collection<Long> agentKeys) throws SQLException {
        if (agentKeys.isEmpty()) {
            throw new IllegalArgumentException("A person has one agent at least: their platform account");
        }
        select.setLong(1, personId);
        int p = 2;
        for (long agentKey : agentKeys) {
            select.setLong(p++, agentKey);
        }
        return p;
    }

    @Override
    public List<StoredStatement> inRegistrations(Collection<UUID> registrations) {
        List<String> all = registrations.stream().map(UUID::toString).sorted().distinct().toList();
        java.util.TreeMap<Long, StoredStatement> found = new java.util.TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < all.size(); from += ROWS_PER_INSERT) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + ROWS_PER_INSERT));
                try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM xapi_statement"
                        + " WHERE registration IN (" + placeholders(chunk.size()) + ") AND voided = FALSE")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        select.setString(i + 1, chunk.get(i));
                    }
                    all(select).forEach(statement -> found.put(statement.seq(), statement));
                }
            }
            return List.copyOf(found.values());
        } catch (SQLException e) {
            throw new StatementStoreFailure(e);
        }
    }

    /**
     * The positions are read first and deleted by key: the delete cascades into the agent index that names them
     * (and the activity index and attachments), so it does not also read that index while it deletes from it.
     */
    @Override
    public int deleteAbout(long personId, Collection<Long> agentKeys) {
        if (agentKeys.isEmpty()) {
            throw new IllegalArgumentException("A person has one agent at least: their platform account");
        }
        try (Connection c = dataSource.getConnection()) {
            List<Long> seqs = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT seq FROM xapi_statement WHERE person_id = ?"
                    + " UNION SELECT statement_seq FROM xapi_statement_agent WHERE agent_hash IN ("
                    + placeholders(agentKeys.size()) + ") AND related = FALSE")) {
                select.setLong(1, personId);
                int p = 2;
                for (long agentKey : agentKeys) {
                    select.setLong(p++, agentKey);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        seqs.add(rows.getLong(1));
                    }
                }
            }
            int deleted = 0;
            for (int from = 0; from < seqs.size(); from += ROWS_PER_INSERT) {
                List<Long> chunk = seqs.subList(from, Math.min(seqs.size(), from + ROWS_PER_INSERT));
                try (PreparedStatement delete = c.prepareStatement(
                        "DELETE FROM xapi_statement WHERE seq IN (" + placeholders(chunk.size()) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        delete.setLong(i + 1, chunk.get(i));
                    }
                    deleted += delete.executeUpdate();
                }
            }
            if (deleted > 0) {
                // A voiding statement that named one of these now waits for a target, should it be sent again.
                orphanVoids.set(true);
            }
            return deleted;
        } catch (SQLException e) {
            throw new StatementStoreFailure(e);
        }
    }

    private static List<StoredStatement> all(PreparedStatement select) throws SQLException {
        List<StoredStatement> found = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.add(stored(rows));
            }
        }
        return found;
    }

    private static StoredStatement stored(ResultSet rows) throws SQLException {
        return new StoredStatement(rows.getLong(1), UUID.fromString(rows.getString(2)),
                Instant.EPOCH.plus(rows.getLong(3), ChronoUnit.MICROS), rows.getBoolean(4), rows.getBoolean(5),
                rows.getObject(6) == null ? null : rows.getLong(6), rows.getString(7));
    }

    static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private static String placeholders(int count) {
        return String.join(",", java.util.Collections.nCopies(count, "?"));
    }

    private static void setUuid(PreparedStatement statement, int index, UUID value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.CHAR);
        } else {
            statement.setString(index, value.toString());
        }
    }

}
