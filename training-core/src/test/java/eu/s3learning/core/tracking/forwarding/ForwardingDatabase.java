package eu.s3learning.core.tracking.forwarding;

import static java.sql.Statement.RETURN_GENERATED_KEYS;

import eu.s3learning.core.persistence.SchemaMigration;
import eu.s3learning.core.persistence.TestDatabases.TestDatabase;
import eu.s3learning.core.tracking.lrs.statement.JdbcStatementStore;
import eu.s3learning.core.tracking.lrs.statement.NewStatement;
import eu.s3learning.core.tracking.lrs.statement.StatementIndex;
import eu.s3learning.xapi.Agent;
import eu.s3learning.xapi.AttachmentContent;
import eu.s3learning.xapi.InverseFunctionalIdentifier;
import eu.s3learning.xapi.Statement;
import eu.s3learning.xapi.StatementFormat;
import eu.s3learning.xapi.StatementReader;
import eu.s3learning.xapi.StatementWriter;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A fresh, migrated database (H2, or MariaDB where configured) with the statement store and the forwarding outbox
 * on it, and the endpoints and statements a forwarding test needs, stored the way the LRS stores them.
 */
final class ForwardingDatabase implements AutoCloseable {

    static final URI PUBLIC_URL = URI.create("https://s3.example.eu");
    private static final Agent AUTHORITY = new Agent("Test", new InverseFunctionalIdentifier.Mbox("mailto:lrs@example.org"));

    final DataSource dataSource;
    final JdbcStatementStore store;
    final ForwardingOutbox outbox;
    final EndpointStatus status;
    final SecretSeal seal = new SecretSeal(eu.s3learning.core.identity.Secrets.newSecret().replace('-', '+')
            .replace('_', '/') + "=");
    private final TestDatabase database;
    private final String url;

    ForwardingDatabase(TestDatabase database) throws SQLException {
        this.database = database;
        this.url = database.freshSchema();
        this.dataSource = database.dataSource(url);
        SchemaMigration.migrate(dataSource);
        this.store = new JdbcStatementStore(dataSource);
        this.status = new EndpointStatus(dataSource);
        this.outbox = new ForwardingOutbox(dataSource, PUBLIC_URL, status);
    }

    long programme(String title) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO programme (title, summary, language, created_at) VALUES (?, '', 'EN', CURRENT_TIMESTAMP)",
                RETURN_GENERATED_KEYS)) {
            insert.setString(1, title);
            insert.executeUpdate();
            return generated(insert);
        }
    }

    /** An endpoint with the test LRS's credentials, its secret sealed as the registry seals it. */
    long endpoint(String name, String address, Long programmeId) throws SQLException {
        long id;
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO external_lrs (name, endpoint, api_key, secret, secret_hint, programme_id, created_at)"
                        + " VALUES (?, ?, ?, ?, '…', ?, CURRENT_TIMESTAMP)", RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setString(2, LrsEndpoint.of(address).toString());
            insert.setString(3, TestLrs.KEY);
            insert.setString(4, seal.seal(TestLrs.SECRET));
            insert.setObject(5, programmeId);
            insert.executeUpdate();
            id = generated(insert);
        }
        status.start(id);
        outbox.endpointsChanged();
        return id;
    }

    /** Stores the statements and queues them, as the LRS does in one transaction. */
    List<UUID> store(Instant at, List<String> statements) {
        return store(at, statements, List.of());
    }

    List<UUID> store(Instant at, List<String> statements, List<AttachmentContent> attachments) {
        List<Statement> completed = statements.stream()
                .map(json -> StatementReader.read(json).completedOnStorage(at, AUTHORITY)).toList();
        store.insert(completed.stream().map(s -> new NewStatement(s,
                StatementWriter.of(StatementFormat.EXACT, null).text(s), StatementIndex.of(s), null, null,
                attachments)).toList());
        outbox.queue(completed, at);
        return completed.stream().map(Statement::id).toList();
    }

    static String statement(String activity, String context) {
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"actor\":{\"mbox\":\"mailto:ana@example.ro\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},\"object\":{\"id\":\"" + activity + "\"}"
                + (context == null ? "" : ",\"context\":" + context) + "}";
    }

    static String inProgramme(long programmeId) {
        return statement("http://s3/unit/" + UUID.randomUUID(), "{\"contextActivities\":{\"grouping\":[{\"id\":\""
                + ProgrammeActivity.iri(PUBLIC_URL, programmeId) + "\"}]}}");
    }

    static String voiding(UUID target) {
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"actor\":{\"mbox\":\"mailto:ana@example.ro\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/voided\"},"
                + "\"object\":{\"objectType\":\"StatementRef\",\"id\":\"" + target + "\"}}";
    }

    /** The statements waiting for the endpoint (not dead letters). */
    List<UUID> queued(long endpointId) throws SQLException {
        return ids("SELECT statement_id FROM lrs_forward WHERE endpoint_id = ? AND dead_us IS NULL ORDER BY id",
                endpointId);
    }

    List<UUID> deadLetters(long endpointId) throws SQLException {
        return ids("SELECT statement_id FROM lrs_forward WHERE endpoint_id = ? AND dead_us IS NOT NULL ORDER BY id",
                endpointId);
    }

    /** One number about an outbox row or an endpoint's status. */
    long number(String sql, Object parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private List<UUID> ids(String sql, long endpointId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setLong(1, endpointId);
            List<UUID> ids = new java.util.ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(UUID.fromString(rows.getString(1)));
                }
            }
            return ids;
        }
    }

    private static long generated(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        database.drop(url);
    }
}
