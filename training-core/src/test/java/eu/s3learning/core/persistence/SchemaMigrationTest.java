package eu.s3learning.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.s3learning.core.persistence.TestDatabases.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mariadb.jdbc.MariaDbDataSource;

class SchemaMigrationTest {

    static List<TestDatabase> databases() {
        return TestDatabases.available();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void migratesAnEmptyDatabaseAndSeedsReferenceDataInBothLanguages(TestDatabase database) throws Exception {
        String url = database.freshSchema();
        try {
            DataSource dataSource = dataSource(database, url);
            MigrateResult result = SchemaMigration.migrate(dataSource);
            assertTrue(result.success);
            assertTrue(result.migrationsExecuted >= 1);

            assertEquals(13, count(dataSource, "SELECT COUNT(*) FROM country"));
            assertEquals(12, count(dataSource, "SELECT COUNT(*) FROM country WHERE partnership = TRUE"));
            assertEquals(6, count(dataSource, "SELECT COUNT(*) FROM thematic_area"));
            assertEquals("Croația", text(dataSource, "SELECT name_ro FROM country WHERE code = 'HR'"));
            assertEquals("Competențe și locuri de muncă", text(dataSource, "SELECT name_ro FROM thematic_area WHERE code = 'skills-jobs'"));

            assertEquals(0, SchemaMigration.migrate(dataSource).migrationsExecuted, "a second start migrates nothing");
        } finally {
            database.drop(url);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theSchemaRefusesADuplicateEmailAddress(TestDatabase database) throws Exception {
        String url = database.freshSchema();
        try {
            DataSource dataSource = dataSource(database, url);
            SchemaMigration.migrate(dataSource);
            String insert = "INSERT INTO person (email, full_name, organisation, country_code, language, time_zone, password_hash,"
                    + " status, created_at) VALUES ('a@example.org', 'A', 'O', 'RO', 'ro', 'Europe/Bucharest', 'x', 'ACTIVE',"
                    + " CURRENT_TIMESTAMP)";
            try (Connection c = dataSource.getConnection()) {
                c.createStatement().executeUpdate(insert);
                assertThrows(SQLException.class, () -> c.createStatement().executeUpdate(insert));
            }
        } finally {
            database.drop(url);
        }
    }

    @Test
    void theEmbeddedDatabaseCachesItsIdentitiesAndHandsNoIdOutTwiceAfterACrash(@TempDir Path dir) throws Exception {
        // As the platform opens its embedded database (PlatformDataSource), with a file.
        String url = "jdbc:h2:file:" + dir.resolve("s3") + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE;WRITE_DELAY=0";
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        SchemaMigration.migrate(dataSource);
        assertTrue(count(dataSource, "SELECT COUNT(*) FROM information_schema.columns WHERE is_identity = 'YES'") >= 20);
        assertEquals(0, count(dataSource, "SELECT COUNT(*) FROM information_schema.columns WHERE is_identity = 'YES'"
                + " AND identity_cache < " + EmbeddedIdentityCaches.CACHE), "every identity column has the larger cache");

        String insert = "INSERT INTO security_event (occurred_at, type) VALUES (CURRENT_TIMESTAMP, 'TEST')";
        long lastBefore;
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().executeUpdate(insert);
            c.createStatement().executeUpdate(insert);
            lastBefore = count(dataSource, "SELECT MAX(id) FROM security_event");
            // Closes the files without writing anything more, as a killed process would leave them.
            c.createStatement().execute("SHUTDOWN IMMEDIATELY");
        }
        SchemaMigration.migrate(dataSource);
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().executeUpdate(insert);
        }
        assertEquals(3, count(dataSource, "SELECT COUNT(*) FROM security_event"), "both committed rows survived");
        assertTrue(count(dataSource, "SELECT MAX(id) FROM security_event") > lastBefore,
                "the id given after the crash comes after every id given before it");
    }

    private static DataSource dataSource(TestDatabase database, String url) throws SQLException {
        if (database.kind().equals("mariadb")) {
            MariaDbDataSource mariadb = new MariaDbDataSource(url);
            mariadb.setUser(database.user());
            mariadb.setPassword(database.password() == null ? "" : database.password());
            return mariadb;
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser(database.user());
        h2.setPassword(database.password());
        return h2;
    }

    private static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String text(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getString(1);
        }
    }
}
