package eu.s3learning.core.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The databases the tests run on: always embedded H2 in MariaDB mode, and MariaDB as well when
 * {@code S3_DB_URL} points at one (scripts/test sets it when MariaDB answers on 127.0.0.1:3306).
 * Each test gets a fresh, empty database of its own.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static List<TestDatabase> available() {
        List<TestDatabase> databases = new ArrayList<>();
        databases.add(h2());
        String url = System.getenv("S3_DB_URL");
        if (url != null && url.startsWith("jdbc:mariadb:")) {
            databases.add(new TestDatabase("mariadb", url, System.getenv("S3_DB_USER"), System.getenv("S3_DB_PASSWORD")));
        }
        return databases;
    }

    static TestDatabase h2() {
        return new TestDatabase("h2", "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                "sa", "");
    }

    /** A test that runs on a migrated database. */
    public interface MigratedSchemaTest {
        void run(javax.sql.DataSource dataSource) throws Exception;
    }

    /** A database server reachable by URL; {@link #freshSchema} makes an empty database on it. */
    public record TestDatabase(String kind, String url, String user, String password) {

        public String freshSchema() throws SQLException {
            if (!kind.equals("mariadb")) {
                return url;
            }
            String name = "s3_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection c = DriverManager.getConnection(url, user, password == null ? "" : password);
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            return url.replaceFirst("(jdbc:mariadb://[^/]+/)[^?]*", "$1" + name);
        }

        public void drop(String schemaUrl) throws SQLException {
            if (kind.equals("mariadb")) {
                String name = schemaUrl.replaceFirst("jdbc:mariadb://[^/]+/([^?]*).*", "$1");
                try (Connection c = DriverManager.getConnection(url, user, password == null ? "" : password);
                     Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE " + name);
                }
            }
        }

        /** Runs the test on a fresh database of the platform's schema (every migration applied), dropped after. */
        public void withMigratedSchema(MigratedSchemaTest test) throws Exception {
            String url = freshSchema();
            try {
                javax.sql.DataSource dataSource = dataSource(url);
                SchemaMigration.migrate(dataSource);
                test.run(dataSource);
            } finally {
                drop(url);
            }
        }

        /** A data source for a schema this database made, e.g. by {@link #freshSchema}. */
        public javax.sql.DataSource dataSource(String schemaUrl) throws SQLException {
            if (kind.equals("mariadb")) {
                // As the platform's data source: the statement store sends a single statement as one query, and
                // transactions read committed data (PlatformStartup.ISOLATION). At MariaDB's default, REPEATABLE
                // READ, a claim of forwarding rows locked rows it then passed over, and a gap lock of a sender
                // finishing its batch made the two deadlock (ForwardingOutboxTest, once in CI).
                org.mariadb.jdbc.MariaDbDataSource mariadb = new org.mariadb.jdbc.MariaDbDataSource(
                        schemaUrl + (schemaUrl.contains("?") ? "&" : "?")
                                + "allowMultiQueries=true&transactionIsolation=READ_COMMITTED");
                mariadb.setUser(user);
                mariadb.setPassword(password == null ? "" : password);
                return mariadb;
            }
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL(schemaUrl);
            h2.setUser(user);
            h2.setPassword(password);
            return h2;
        }

        @Override
        public String toString() {
            return kind;
        }
    }
}
