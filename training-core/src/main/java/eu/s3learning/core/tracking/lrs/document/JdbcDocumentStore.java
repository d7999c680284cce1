package eu.s3learning.core.tracking.lrs.document;

import eu.s3learning.core.persistence.TransactionBound;
import eu.s3learning.core.tracking.lrs.IndexHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The document store on the platform's database, in plain JDBC like the statement store. */
@ApplicationScoped
public class JdbcDocumentStore implements DocumentStore {

    /**
     * The documents kept for one agent. Documents written before migration V10 have no agent_hash: of those, the
     * agent's profiles are still found by their set; a State's set also names activity and registration, so older
     * States of the agent cannot be found.
     */
    private static final String OF_AGENT =
            "(agent_hash = ? OR (agent_hash IS NULL AND kind = 'AGENT_PROFILE' AND scope_hash = ?))";

    @Inject
    @TransactionBound
    DataSource dataSource;

    protected JdbcDocumentStore() {
    }

    public JdbcDocumentStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<StoredDocument> find(DocumentAddress address) {
        return select(address, "");
    }

    @Override
    public Optional<StoredDocument> findForUpdate(DocumentAddress address) {
        return select(address, " FOR UPDATE");
    }

    private Optional<StoredDocument> select(DocumentAddress address, String lock) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT document_id, content_type, content, etag, updated_us FROM xapi_document WHERE address = ?" + lock)) {
            select.setString(1, address.key());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredDocument(rows.getString(1), rows.getString(2), rows.getBytes(3),
                        rows.getString(4), Instant.EPOCH.plus(rows.getLong(5), ChronoUnit.MICROS)));
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public boolean create(DocumentAddress address, String contentType, byte[] content, String etag, Instant updated) {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("INSERT INTO"
                + " xapi_document (kind, address, scope_hash, document_id, content_type, content, etag, updated_us,"
                + " agent_hash) VALUES (?,?,?,?,?,?,?,?,?)")) {
            insert.setString(1, address.kind().name());
            insert.setString(2, address.key());
            insert.setLong(3, address.scopeKey());
            insert.setString(4, address.documentId());
            insert.setString(5, contentType);
            insert.setBytes(6, content);
            insert.setString(7, etag);
            insert.setLong(8, micros(updated));
            if (address.agentKey() == null) {
                insert.setNull(9, java.sql.Types.BIGINT);
            } else {
                insert.setLong(9, address.agentKey());
            }
            insert.executeUpdate();
            return true;
        } catch (SQLIntegrityConstraintViolationException createdMeanwhile) {
            return false;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void replace(DocumentAddress address, String contentType, byte[] content, String etag, Instant updated) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
                "UPDATE xapi_document SET content_type = ?, content = ?, etag = ?, updated_us = ? WHERE address = ?")) {
            update.setString(1, contentType);
            update.setBytes(2, content);
            update.setString(3, etag);
            update.setLong(4, micros(updated));
            update.setString(5, address.key());
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("The document to replace is gone: " + address.key());
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void delete(DocumentAddress address) {
        execute("DELETE FROM xapi_document WHERE address = ?", address.key());
    }

    @Override
    public void deleteAll(DocumentAddress inSet) {
        try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement(
                "DELETE FROM xapi_document WHERE scope_hash = ? AND kind = ?")) {
            delete.setLong(1, inSet.scopeKey());
            delete.setString(2, inSet.kind().name());
            delete.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public int deleteAllOfAgent(String agent) {
        try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement(
                "DELETE FROM xapi_document WHERE " + OF_AGENT)) {
            ofAgent(delete, agent);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public List<AgentDocument> allOfAgent(String agent) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT kind, document_id, content_type, content, updated_us FROM xapi_document WHERE " + OF_AGENT
                        + " ORDER BY updated_us, id")) {
            ofAgent(select, agent);
            List<AgentDocument> all = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    all.add(new AgentDocument(DocumentKind.valueOf(rows.getString(1)), rows.getString(2), rows.getString(3),
                            rows.getBytes(4), Instant.EPOCH.plus(rows.getLong(5), ChronoUnit.MICROS)));
                }
            }
            return all;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static void ofAgent(PreparedStatement statement, String agent) throws SQLException {
        statement.setLong(1, IndexHash.of(agent));
        statement.setLong(2, new DocumentAddress(DocumentKind.AGENT_PROFILE, agent, "", agent).scopeKey());
    }

    @Override
    public List<String> ids(DocumentAddress inSet, Instant since) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT document_id FROM xapi_document WHERE scope_hash = ? AND kind = ? AND updated_us > ?"
                        + " ORDER BY updated_us, id")) {
            select.setLong(1, inSet.scopeKey());
            select.setString(2, inSet.kind().name());
            select.setLong(3, since == null ? Long.MIN_VALUE : micros(since));
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void execute(String sql, String key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, key);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** A deadlock's victim (SQL state 40001) is told apart: its request can be made again. */
    private static RuntimeException failure(SQLException e) {
        if ("40001".equals(e.getSQLState())) {
            return new DocumentWriteContention(e);
        }
        return new IllegalStateException("The document store failed: " + e.getMessage(), e);
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }
}
